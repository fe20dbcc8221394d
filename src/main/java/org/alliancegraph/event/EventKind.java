package org.alliancegraph.event;

import org.eclipse.microprofile.graphql.Description;

@Description("What sort of gathering an event is.")
public enum EventKind {
    @Description("A meeting of heads of state and government.")
    SUMMIT,
    @Description("A meeting of ministers (defence, foreign affairs).")
    MINISTERIAL_MEETING,
    @Description("Another meeting.")
    MEETING,
    @Description("A conference or forum.")
    CONFERENCE,
    @Description("Anything else.")
    OTHER
}
