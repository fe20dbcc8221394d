package org.alliancegraph.statement;

import org.eclipse.microprofile.graphql.Description;

@Description("Orders of a statement list.")
public enum StatementOrder {
    @Description("In the order they were recorded, oldest first.")
    OLDEST_FIRST,
    @Description("Most recently recorded first.")
    NEWEST_FIRST
}
