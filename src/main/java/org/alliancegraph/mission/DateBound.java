package org.alliancegraph.mission;

import org.eclipse.microprofile.graphql.Description;

@Description("How a date limits a change.")
public enum DateBound {
    @Description("At the date.")
    ON,
    @Description("No later than the date (\"by September 2026\").")
    BY
}
