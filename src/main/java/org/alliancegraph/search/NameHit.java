package org.alliancegraph.search;

import org.alliancegraph.actor.ActorView;
import org.alliancegraph.alliance.AllianceView;
import org.alliancegraph.mission.MissionView;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("An actor, alliance or mission whose name or alias resembles the searched text; exactly one of actor, "
        + "alliance and mission is set.")
public record NameHit(
        @NonNull @Description("The name or alias that matched best, as written.") String matchedName,
        @NonNull @Description("Trigram word similarity of the searched text to that name, from 0 to 1.") double similarity,
        @Description("The actor, when an actor matched.") ActorView actor,
        @Description("The alliance, when an alliance matched.") AllianceView alliance,
        @Description("The mission, when a mission matched.") MissionView mission) {
}
