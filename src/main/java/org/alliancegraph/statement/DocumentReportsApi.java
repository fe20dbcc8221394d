package org.alliancegraph.statement;

import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.stream.IntStream;

import org.alliancegraph.document.DocumentView;
import org.alliancegraph.graphql.Batches;
import org.alliancegraph.graphql.KeyedBatches;
import org.alliancegraph.graphql.MappedErrors;
import org.alliancegraph.graphql.Window;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

/** The reports a document holds: fields of Document that read statements, so they live with the statements. */
@GraphQLApi
@MappedErrors
public class DocumentReportsApi {

    private final ReportRepository reports;
    private final KeyedBatches batches;

    DocumentReportsApi(ReportRepository reports, KeyedBatches batches) {
        this.reports = reports;
        this.batches = batches;
    }

    @NonNull
    @Description("The statements the document reports, in the order of their excerpts in the text, a page at a time: "
            + "first (1 to " + Window.MAX_PAGE_SIZE + ", default 50) after a cursor.")
    public CompletionStage<ReportConnection> reports(@Source DocumentView document,
            @Description("Page size.") Integer first,
            @Description("Cursor after which the page starts.") String after) {
        Window window = Window.of("report", first, after, null, null, 50);
        return batches.load(document.rowId(), "", ids -> reports.pages(ids, window).map(rows -> {
            List<List<ReportView>> pages = Batches.group(ids, id -> id, rows, ReportView::documentId);
            return IntStream.range(0, ids.size()).mapToObj(i -> {
                Window.Page<ReportEdge> page = window.page(pages.get(i), ReportView::rowId, ReportEdge::new);
                return new ReportConnection(page.edges(), page.pageInfo(), ids.get(i));
            }).toList();
        }));
    }

    @NonNull
    @Description("How many reports the document holds in all; counted only when asked for.")
    public CompletionStage<Long> totalCount(@Source ReportConnection connection) {
        return batches.load(connection.documentId, "",
                ids -> reports.counts(ids).map(rows -> Batches.counts(ids, rows)));
    }
}
