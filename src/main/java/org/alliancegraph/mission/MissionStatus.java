package org.alliancegraph.mission;

import org.eclipse.microprofile.graphql.Description;

@Description("The state a mission is in.")
public enum MissionStatus {
    @Description("Running.")
    ACTIVE,
    @Description("Its future is being reviewed.")
    UNDER_REVIEW,
    @Description("Being reduced.")
    DRAWING_DOWN,
    @Description("Over.")
    ENDED
}
