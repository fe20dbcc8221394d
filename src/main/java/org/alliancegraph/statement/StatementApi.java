package org.alliancegraph.statement;

import java.util.List;

import org.alliancegraph.actor.ActorView;
import org.alliancegraph.common.BadUserInputException;
import org.alliancegraph.document.DocumentRepository;
import org.alliancegraph.document.DocumentView;
import org.alliancegraph.graphql.Batches;
import org.alliancegraph.graphql.GlobalId;
import org.alliancegraph.graphql.MappedErrors;
import org.alliancegraph.graphql.Selection;
import org.alliancegraph.graphql.Window;
import org.alliancegraph.mission.MissionStatusChangeView;
import org.eclipse.microprofile.graphql.DefaultValue;
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
public class StatementApi {

    private final StatementRepository statements;
    private final ReportRepository reports;
    private final DocumentRepository documents;
    private final Selection selection;

    StatementApi(StatementRepository statements, ReportRepository reports, DocumentRepository documents,
            Selection selection) {
        this.statements = statements;
        this.reports = reports;
        this.documents = documents;
        this.selection = selection;
    }

    @Query("statement")
    @Description("One statement, by id or by slug (give exactly one). Null when there is none.")
    public Uni<StatementView> statement(@Id @Description("Id of the statement.") String id,
            @Description("Slug of the statement, e.g. \"us-demands-end-of-iraq-mission\".") String slug) {
        if ((id == null) == (slug == null)) {
            throw new BadUserInputException("statement: give exactly one of id and slug");
        }
        StatementView.Shape shape = StatementView.Shape.selected(selection, "");
        return id != null
                ? statements.byKey(GlobalId.decode("id", id, "Statement"), shape)
                : statements.bySlug(slug, shape);
    }

    @Query("statements")
    @Description("Statements, filtered and paged with cursors: first/after forward, last/before backward, at most "
            + Window.MAX_PAGE_SIZE + " a page (20 when neither first nor last is given).")
    public Uni<@NonNull StatementConnection> statements(@Description("Which statements.") StatementFilter filter,
            @Description("The order of the list.") @DefaultValue("OLDEST_FIRST") StatementOrder orderBy,
            @Description("Page size, reading forward.") Integer first,
            @Description("Cursor after which the page starts.") String after,
            @Description("Page size, reading backward.") Integer last,
            @Description("Cursor before which the page ends.") String before) {
        Window window = Window.of("statement", first, after, last, before, 20);
        StatementView.Shape shape = StatementView.Shape.selected(selection, "edges/node/");
        return statements.page(filter, orderBy, window, shape).map(rows -> {
            Window.Page<StatementEdge> page = window.page(rows, StatementView::rowId, StatementEdge::new);
            return new StatementConnection(page.edges(), page.pageInfo(), filter, null);
        });
    }

    @NonNull
    @Description("What the statement is about, each with the speaker's stance.")
    public Uni<List<@NonNull List<@NonNull StatementSubjectView>>> subjects(@Source List<StatementView> parents) {
        return statements.subjects(Batches.keys(parents, StatementView::rowId))
                .map(ss -> Batches.group(parents, StatementView::rowId, ss, StatementSubjectView::statementId));
    }

    @NonNull
    @Description("The documents that report the statement, each with the supporting excerpt, reporting outlet and "
            + "cited sources.")
    public Uni<List<@NonNull List<@NonNull ReportView>>> reports(@Source List<StatementView> parents) {
        return reports.ofStatements(Batches.keys(parents, StatementView::rowId))
                .map(rs -> Batches.group(parents, StatementView::rowId, rs, r -> r.statement().rowId()));
    }

    @NonNull
    @Name("statement")
    @Description("The statement.")
    public Uni<List<StatementView>> subjectStatement(@Source List<StatementSubjectView> subjects) {
        return Batches.toOne(subjects, StatementSubjectView::statementId, statements::byKeys, StatementView::rowId);
    }

    @Name("statement")
    @Description("The statement that proposed or reported the change.")
    public Uni<List<StatementView>> statusChangeStatement(@Source List<MissionStatusChangeView> changes) {
        return Batches.toOne(changes, MissionStatusChangeView::statementId, statements::byKeys, StatementView::rowId);
    }

    @NonNull
    @Description("The document that reports it.")
    public Uni<List<DocumentView>> document(@Source List<ReportView> parents) {
        return Batches.toOne(parents, ReportView::documentId, documents::byKeys, DocumentView::rowId);
    }

    @NonNull
    @Description("The sources the reporting outlet cites (\"two NATO diplomats\"), in the document's order.")
    public Uni<List<@NonNull List<@NonNull ActorView>>> cites(@Source List<ReportView> parents) {
        return reports.citations(Batches.keys(parents, ReportView::rowId))
                .map(cs -> Batches.group(parents, ReportView::rowId, cs, ReportRepository.Cited::report).stream()
                        .map(citations -> citations.stream().map(ReportRepository.Cited::actor).toList())
                        .toList());
    }
}
