package org.alliancegraph.draft;

import org.eclipse.microprofile.graphql.Description;

@Description("How a date in the text bounds what it dates.")
public enum DraftDateBound {
    @Description("Then (\"en 2018\", \"in July\").")
    ON,
    @Description("By then at the latest (\"d'ici septembre 2026\").")
    BY,
    @Description("Since then (\"depuis 1999\").")
    SINCE
}
