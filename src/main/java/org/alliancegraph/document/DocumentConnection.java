package org.alliancegraph.document;

import java.util.List;

import org.alliancegraph.graphql.PageInfo;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A page of source documents (Relay cursor connection).")
public record DocumentConnection(
        @NonNull @Description("The documents of the page, each with its cursor.") List<@NonNull DocumentEdge> edges,
        @NonNull @Description("Where the page stands in the list.") PageInfo pageInfo) {
}
