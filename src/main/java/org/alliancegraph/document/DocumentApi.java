package org.alliancegraph.document;

import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.stream.IntStream;

import org.alliancegraph.actor.ActorRepository;
import org.alliancegraph.actor.ActorView;
import org.alliancegraph.common.BadUserInputException;
import org.alliancegraph.graphql.Batches;
import org.alliancegraph.graphql.GlobalId;
import org.alliancegraph.graphql.KeyedBatches;
import org.alliancegraph.graphql.MappedErrors;
import org.alliancegraph.graphql.Window;
import org.alliancegraph.statement.ReportConnection;
import org.alliancegraph.statement.ReportEdge;
import org.alliancegraph.statement.ReportRepository;
import org.alliancegraph.statement.ReportView;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import io.smallrye.mutiny.Uni;

@GraphQLApi
@MappedErrors
public class DocumentApi {

    private final DocumentRepository documents;
    private final ActorRepository actors;
    private final ReportRepository reports;
    private final KeyedBatches batches;

    DocumentApi(DocumentRepository documents, ReportRepository reports, KeyedBatches batches,
            ActorRepository actors) {
        this.actors = actors;
        this.documents = documents;
        this.reports = reports;
        this.batches = batches;
    }

    @Query("document")
    @Description("One source document, by id or by slug (give exactly one), with the statements it reports. Null "
            + "when there is none.")
    public Uni<DocumentView> document(@Id @Description("Id of the document.") String id,
            @Description("Slug of the document, e.g. \"000_ab42d079f1321106\".") String slug) {
        if ((id == null) == (slug == null)) {
            throw new BadUserInputException("document: give exactly one of id and slug");
        }
        return id != null
                ? documents.byKey(GlobalId.decode("id", id, "Document"))
                : documents.bySlug(slug);
    }

    @Query("documents")
    @Description("Source documents in the order they were loaded, paged with cursors: first/after forward, "
            + "last/before backward (last: 10 gives the ten loaded most recently), at most " + Window.MAX_PAGE_SIZE
            + " a page (20 when neither first nor last is given).")
    public Uni<@NonNull DocumentConnection> documents(@Description("Page size, reading forward.") Integer first,
            @Description("Cursor after which the page starts.") String after,
            @Description("Page size, reading backward.") Integer last,
            @Description("Cursor before which the page ends.") String before) {
        Window window = Window.of("document", first, after, last, before, 20);
        return documents.page(window).map(rows -> {
            Window.Page<DocumentEdge> page = window.page(rows, DocumentView::rowId, DocumentEdge::new);
            return new DocumentConnection(page.edges(), page.pageInfo());
        });
    }

    @Description("The outlet that published the document.")
    public Uni<List<ActorView>> outlet(@Source List<DocumentView> parents) {
        return Batches.toOne(parents, DocumentView::outletId, DocumentView::joinedOutlet, actors::byKeys,
                ActorView::rowId);
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

    @NonNull
    @Name("document")
    @Description("The document the excerpt is taken from.")
    public Uni<List<DocumentView>> excerptDocument(@Source List<ExcerptView> excerpts) {
        return Batches.toOne(excerpts, ExcerptView::documentId, documents::byKeys, DocumentView::rowId);
    }
}
