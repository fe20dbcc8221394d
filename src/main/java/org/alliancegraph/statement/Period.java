package org.alliancegraph.statement;

import org.eclipse.microprofile.graphql.Description;

@Description("The length of the periods statements are counted in.")
public enum Period {
    @Description("Calendar days.")
    DAY,
    @Description("ISO weeks, starting on Monday.")
    WEEK,
    @Description("Calendar months.")
    MONTH,
    @Description("Calendar years.")
    YEAR
}
