package org.alliancegraph.mission;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A mission in a page of missions, with its cursor.")
public record MissionEdge(
        @NonNull @Description("Opaque cursor of this mission in its list: pass it as after or before.") String cursor,
        @NonNull @Description("The mission.") MissionView node) {
}
