package org.alliancegraph.statement;

import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.stream.IntStream;

import org.alliancegraph.actor.ActorView;
import org.alliancegraph.alliance.AllianceView;
import org.alliancegraph.event.EventView;
import org.alliancegraph.graphql.Batches;
import org.alliancegraph.graphql.KeyedBatches;
import org.alliancegraph.graphql.MappedErrors;
import org.alliancegraph.graphql.ResolverErrors;
import org.alliancegraph.graphql.Selection;
import org.alliancegraph.graphql.Window;
import org.alliancegraph.mission.MissionView;
import org.alliancegraph.statement.StatementConnection.Scope;
import org.alliancegraph.topic.TopicView;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

import io.smallrye.mutiny.Uni;

/**
 * The statement lists nested in other types: pages of statements about an alliance, mission, actor, event or topic, and
 * of statements made by an actor or at an event. Each is batched per (field, arguments) with {@link KeyedBatches}, so
 * that N parents cost one SQL statement, and aliases with different arguments each get their own page.
 */
@GraphQLApi
@MappedErrors
public class StatementListsApi {

    /** Where a page's statements are in its selection. */
    static final String NODE = "edges/node/";

    private static final String PAGE = "a page at a time: first (1 to " + Window.MAX_PAGE_SIZE + ", default 20) "
            + "after a cursor.";

    private final StatementRepository statements;
    private final KeyedBatches batches;
    private final Selection selection;

    StatementListsApi(StatementRepository statements, KeyedBatches batches, Selection selection) {
        this.statements = statements;
        this.batches = batches;
        this.selection = selection;
    }

    @NonNull
    @Name("discussedIn")
    @Description("Statements about this alliance, each edge with the speaker's stance towards it; " + PAGE)
    public CompletionStage<StatementConnection> allianceDiscussedIn(@Source AllianceView alliance,
            StatementFilter filter, @DefaultValue("OLDEST_FIRST") StatementOrder orderBy, Integer first,
            String after) {
        return page(SubjectKind.ALLIANCE, alliance.rowId(), filter, orderBy, first, after);
    }

    @NonNull
    @Name("discussedIn")
    @Description("Statements about this mission, each edge with the speaker's stance towards it; " + PAGE)
    public CompletionStage<StatementConnection> missionDiscussedIn(@Source MissionView mission, StatementFilter filter,
            @DefaultValue("OLDEST_FIRST") StatementOrder orderBy, Integer first, String after) {
        return page(SubjectKind.MISSION, mission.rowId(), filter, orderBy, first, after);
    }

    @NonNull
    @Name("discussedIn")
    @Description("Statements about this actor, each edge with the speaker's stance towards it; " + PAGE)
    public CompletionStage<StatementConnection> actorDiscussedIn(@Source ActorView actor, StatementFilter filter,
            @DefaultValue("OLDEST_FIRST") StatementOrder orderBy, Integer first, String after) {
        return page(SubjectKind.ACTOR, actor.rowId(), filter, orderBy, first, after);
    }

    @NonNull
    @Name("discussedIn")
    @Description("Statements about this event (who should attend, what it should decide), each edge with the "
            + "speaker's stance; " + PAGE)
    public CompletionStage<StatementConnection> eventDiscussedIn(@Source EventView event, StatementFilter filter,
            @DefaultValue("OLDEST_FIRST") StatementOrder orderBy, Integer first, String after) {
        return page(SubjectKind.EVENT, event.rowId(), filter, orderBy, first, after);
    }

    @NonNull
    @Name("discussedIn")
    @Description("Statements about this topic, each edge with the speaker's stance towards it; " + PAGE)
    public CompletionStage<StatementConnection> topicDiscussedIn(@Source TopicView topic, StatementFilter filter,
            @DefaultValue("OLDEST_FIRST") StatementOrder orderBy, Integer first, String after) {
        return page(SubjectKind.TOPIC, topic.rowId(), filter, orderBy, first, after);
    }

    @NonNull
    @Name("statements")
    @Description("What the actor said, demanded or signalled; " + PAGE)
    public CompletionStage<StatementConnection> actorStatements(@Source ActorView actor, StatementFilter filter,
            @DefaultValue("OLDEST_FIRST") StatementOrder orderBy, Integer first, String after) {
        return page(StatementOwner.SPEAKER, actor.rowId(), filter, orderBy, first, after);
    }

    @NonNull
    @Name("statements")
    @Description("Statements made at the event; " + PAGE)
    public CompletionStage<StatementConnection> eventStatements(@Source EventView event, StatementFilter filter,
            @DefaultValue("OLDEST_FIRST") StatementOrder orderBy, Integer first, String after) {
        return page(StatementOwner.EVENT, event.rowId(), filter, orderBy, first, after);
    }

    @NonNull
    @Description("How many statements the list holds in all, with the same filter; counted only when asked for.")
    public CompletionStage<Long> totalCount(@Source StatementConnection connection) {
        Scope scope = connection.scope;
        if (scope == null) {
            return ResolverErrors.hideInternalErrors(statements.count(connection.filter)).subscribeAsCompletionStage();
        }
        return batches.load(scope.parentId(), "", ids -> (scope.parent() instanceof SubjectKind kind
                ? statements.countsAbout(kind, ids, connection.filter)
                : statements.countsOf((StatementOwner) scope.parent(), ids, connection.filter))
                .map(rows -> Batches.counts(ids, rows)));
    }

    /**
     * Loads this parent's page with those of every other parent of the same field, arguments and shape: one statement
     * for all of them.
     */
    private CompletionStage<StatementConnection> page(StatementParent parent, Long parentId,
            StatementFilter filter, StatementOrder order, Integer first, String after) {
        Window window = window(first, after);
        StatementView.Shape shape = StatementView.Shape.selected(selection, NODE);
        return batches.load(parentId, shape.toString(),
                ids -> pages(parent, ids, filter, order, window, shape));
    }

    /** The window a nested page's arguments ask for: forward only, 20 statements unless {@code first} says. */
    static Window window(Integer first, String after) {
        return Window.of("statement", first, after, null, null, 20);
    }

    /**
     * The pages of many parents at once, one per id in the ids' order: statements about them (a subject) or made by or
     * at them (an owner). One SQL statement.
     */
    Uni<List<StatementConnection>> pages(StatementParent parent, List<Long> ids, StatementFilter filter,
            StatementOrder order, Window window, StatementView.Shape shape) {
        Uni<List<StatementRepository.PageRow>> rows = parent instanceof SubjectKind kind
                ? statements.pagesAbout(kind, ids, filter, order, window, shape)
                : statements.pagesOf((StatementOwner) parent, ids, filter, order, window, shape);
        return rows.map(found -> {
            List<List<StatementRepository.PageRow>> pages = Batches.group(ids, id -> id, found,
                    StatementRepository.PageRow::parent);
            return IntStream.range(0, ids.size())
                    .mapToObj(i -> {
                        Window.Page<StatementEdge> page = window.page(pages.get(i), row -> row.statement().rowId(),
                                (cursor, row) -> new StatementEdge(cursor, row.statement(), row.stance()));
                        return new StatementConnection(page.edges(), page.pageInfo(), filter,
                                new Scope(parent, ids.get(i)));
                    })
                    .toList();
        });
    }
}
