package org.alliancegraph.statement;

import org.alliancegraph.actor.ActorView;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("An actor and how many statements it made or reported.")
public record ActorCount(
        @NonNull @Description("The speaker or outlet.") ActorView actor,
        @NonNull @Description("How many statements.") long count) {
}
