package org.alliancegraph.statement;

import org.eclipse.microprofile.graphql.Description;

@Description("The speaker's attitude towards a subject of the statement.")
public enum Stance {
    @Description("In favour.")
    SUPPORTS,
    @Description("Against, or wants it reduced or ended.")
    OPPOSES,
    @Description("Neither for nor against.")
    NEUTRAL,
    @Description("Partly for, partly against.")
    MIXED
}
