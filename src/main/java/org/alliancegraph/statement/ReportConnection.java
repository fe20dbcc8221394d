package org.alliancegraph.statement;

import java.util.List;

import org.alliancegraph.graphql.PageInfo;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A page of the reports of a document (Relay cursor connection).")
public class ReportConnection {

    @NonNull
    @Description("The reports of the page, each with its cursor.")
    public final List<@NonNull ReportEdge> edges;

    @NonNull
    @Description("Where the page stands in the list.")
    public final PageInfo pageInfo;

    /** The document whose reports these are, for totalCount. */
    @Ignore
    public final Long documentId;

    public ReportConnection(List<ReportEdge> edges, PageInfo pageInfo, Long documentId) {
        this.edges = edges;
        this.pageInfo = pageInfo;
        this.documentId = documentId;
    }
}
