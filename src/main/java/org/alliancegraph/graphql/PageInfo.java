package org.alliancegraph.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("Where a page of a connection stands (Relay cursor connections).")
public record PageInfo(
        @NonNull @Description("True when more items follow the last one of this page.") boolean hasNextPage,
        @NonNull @Description("True when items come before the first one of this page.") boolean hasPreviousPage,
        @Description("Cursor of the first item of the page; null for an empty page.") String startCursor,
        @Description("Cursor of the last item of the page; null for an empty page.") String endCursor) {
}
