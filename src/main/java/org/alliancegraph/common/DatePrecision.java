package org.alliancegraph.common;

import org.eclipse.microprofile.graphql.Description;

@Description("How much of a date the source gives.")
public enum DatePrecision {
    @Description("Only the year is known (\"2018\").")
    YEAR,
    @Description("The year and the month are known (\"September 2026\").")
    MONTH,
    @Description("The exact day is known.")
    DAY
}
