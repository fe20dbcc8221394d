package org.alliancegraph.actor;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("An actor in a page of actors, with its cursor.")
public record ActorEdge(
        @NonNull @Description("Opaque cursor of this actor in its list: pass it as after or before.") String cursor,
        @NonNull @Description("The actor.") ActorView node) {
}
