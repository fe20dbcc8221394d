package org.alliancegraph.document;

import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.stream.IntStream;

import org.alliancegraph.actor.Actor;
import org.alliancegraph.common.BadUserInputException;
import org.alliancegraph.graphql.Batches;
import org.alliancegraph.graphql.GlobalId;
import org.alliancegraph.graphql.KeyedBatches;
import org.alliancegraph.graphql.References;
import org.alliancegraph.graphql.ResolverSession;
import org.alliancegraph.graphql.Window;
import org.alliancegraph.statement.Report;
import org.alliancegraph.statement.ReportConnection;
import org.alliancegraph.statement.ReportEdge;
import org.alliancegraph.statement.StatementRepository;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import io.smallrye.mutiny.Uni;

@GraphQLApi
@ResolverSession
public class DocumentApi {

    private final DocumentRepository documents;
    private final StatementRepository statements;
    private final KeyedBatches batches;

    DocumentApi(DocumentRepository documents, StatementRepository statements, KeyedBatches batches) {
        this.documents = documents;
        this.statements = statements;
        this.batches = batches;
    }

    @Query("document")
    @Description("One source document, by id or by slug (give exactly one), with the statements it reports. Null "
            + "when there is none.")
    public Uni<SourceDocument> document(@Id @Description("Id of the document.") String id,
            @Description("Slug of the document, e.g. \"000_ab42d079f1321106\".") String slug) {
        if ((id == null) == (slug == null)) {
            throw new BadUserInputException("document: give exactly one of id and slug");
        }
        return id != null
                ? documents.findByIdWithOutlet(GlobalId.decode("id", id, "Document"))
                : documents.findBySlug(slug);
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
            Window.Page<DocumentEdge> page = window.page(rows, d -> d.id, DocumentEdge::new);
            return new DocumentConnection(page.edges(), page.pageInfo());
        });
    }

    @Description("The outlet that published the document.")
    public Uni<List<Actor>> outlet(@Source List<SourceDocument> parents) {
        return References.resolve(parents, d -> d.outlet, Actor.class);
    }

    @NonNull
    @Description("The statements the document reports, in the order of their excerpts in the text, a page at a time: "
            + "first (1 to " + Window.MAX_PAGE_SIZE + ", default 50) after a cursor.")
    public CompletionStage<ReportConnection> reports(@Source SourceDocument document,
            @Description("Page size.") Integer first,
            @Description("Cursor after which the page starts.") String after) {
        Window window = Window.of("report", first, after, null, null, 50);
        return batches.load(document.id, ids -> statements.reportPages(ids, window).map(rows -> {
            List<List<Report>> pages = Batches.group(ids, id -> id, rows, r -> References.idOf(r.document));
            return IntStream.range(0, ids.size()).mapToObj(i -> {
                Window.Page<ReportEdge> page = window.page(pages.get(i), r -> r.id, ReportEdge::new);
                return new ReportConnection(page.edges(), page.pageInfo(), ids.get(i));
            }).toList();
        }));
    }

    @NonNull
    @Description("How many reports the document holds in all; counted only when asked for.")
    public CompletionStage<Long> totalCount(@Source ReportConnection connection) {
        return batches.load(connection.documentId,
                ids -> statements.reportCounts(ids).map(rows -> Batches.counts(ids, rows)));
    }

    @NonNull
    @Name("document")
    @Description("The document the excerpt is taken from.")
    public Uni<List<SourceDocument>> excerptDocument(@Source List<Excerpt> excerpts) {
        return References.resolve(excerpts, e -> e.document, SourceDocument.class);
    }
}
