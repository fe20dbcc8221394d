package org.alliancegraph.statement;

import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import java.util.stream.IntStream;

import org.alliancegraph.actor.Actor;
import org.alliancegraph.alliance.Alliance;
import org.alliancegraph.event.Event;
import org.alliancegraph.graphql.Batches;
import org.alliancegraph.graphql.KeyedBatches;
import org.alliancegraph.graphql.References;
import org.alliancegraph.graphql.ResolverSession;
import org.alliancegraph.graphql.Sessions;
import org.alliancegraph.graphql.Window;
import org.alliancegraph.mission.Mission;
import org.alliancegraph.statement.StatementConnection.Scope;
import org.alliancegraph.topic.Topic;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;

/**
 * The statement lists nested in other types: pages of statements about an alliance, mission, actor, event or topic, and
 * of statements made by an actor or at an event. Each is batched per (field, arguments) with {@link KeyedBatches}, so
 * that N parents cost one SQL statement, and aliases with different arguments each get their own page.
 */
@GraphQLApi
@ResolverSession
public class StatementListsApi {

    private static final String PAGE = "a page at a time: first (1 to " + Window.MAX_PAGE_SIZE + ", default 20) "
            + "after a cursor.";

    private final StatementRepository statements;
    private final KeyedBatches batches;
    private final Vertx vertx;

    StatementListsApi(StatementRepository statements, KeyedBatches batches, Vertx vertx) {
        this.statements = statements;
        this.batches = batches;
        this.vertx = vertx;
    }

    @NonNull
    @Name("discussedIn")
    @Description("Statements about this alliance, each edge with the speaker's stance towards it; " + PAGE)
    public CompletionStage<StatementConnection> allianceDiscussedIn(@Source Alliance alliance,
            StatementFilter filter, @DefaultValue("OLDEST_FIRST") StatementOrder orderBy, Integer first,
            String after) {
        return about("alliance", alliance.id, filter, orderBy, first, after);
    }

    @NonNull
    @Name("discussedIn")
    @Description("Statements about this mission, each edge with the speaker's stance towards it; " + PAGE)
    public CompletionStage<StatementConnection> missionDiscussedIn(@Source Mission mission, StatementFilter filter,
            @DefaultValue("OLDEST_FIRST") StatementOrder orderBy, Integer first, String after) {
        return about("mission", mission.id, filter, orderBy, first, after);
    }

    @NonNull
    @Name("discussedIn")
    @Description("Statements about this actor, each edge with the speaker's stance towards it; " + PAGE)
    public CompletionStage<StatementConnection> actorDiscussedIn(@Source Actor actor, StatementFilter filter,
            @DefaultValue("OLDEST_FIRST") StatementOrder orderBy, Integer first, String after) {
        return about("actor", actor.id, filter, orderBy, first, after);
    }

    @NonNull
    @Name("discussedIn")
    @Description("Statements about this event (who should attend, what it should decide), each edge with the "
            + "speaker's stance; " + PAGE)
    public CompletionStage<StatementConnection> eventDiscussedIn(@Source Event event, StatementFilter filter,
            @DefaultValue("OLDEST_FIRST") StatementOrder orderBy, Integer first, String after) {
        return about("event", event.id, filter, orderBy, first, after);
    }

    @NonNull
    @Name("discussedIn")
    @Description("Statements about this topic, each edge with the speaker's stance towards it; " + PAGE)
    public CompletionStage<StatementConnection> topicDiscussedIn(@Source Topic topic, StatementFilter filter,
            @DefaultValue("OLDEST_FIRST") StatementOrder orderBy, Integer first, String after) {
        return about("topic", topic.id, filter, orderBy, first, after);
    }

    @NonNull
    @Name("statements")
    @Description("What the actor said, demanded or signalled; " + PAGE)
    public CompletionStage<StatementConnection> actorStatements(@Source Actor actor, StatementFilter filter,
            @DefaultValue("OLDEST_FIRST") StatementOrder orderBy, Integer first, String after) {
        return of("speaker", actor.id, filter, orderBy, first, after);
    }

    @NonNull
    @Name("statements")
    @Description("Statements made at the event; " + PAGE)
    public CompletionStage<StatementConnection> eventStatements(@Source Event event, StatementFilter filter,
            @DefaultValue("OLDEST_FIRST") StatementOrder orderBy, Integer first, String after) {
        return of("event", event.id, filter, orderBy, first, after);
    }

    @NonNull
    @Description("How many statements the list holds in all, with the same filter; counted only when asked for.")
    public CompletionStage<Long> totalCount(@Source StatementConnection connection) {
        Scope scope = connection.scope;
        if (scope == null) {
            return Sessions.fresh(vertx, () -> statements.count(connection.filter)).subscribeAsCompletionStage();
        }
        return batches.load(scope.parentId(), ids -> (scope.about()
                ? statements.countsAbout(scope.attribute(), ids, connection.filter)
                : statements.countsOf(scope.attribute(), ids, connection.filter))
                .map(rows -> Batches.counts(ids, rows)));
    }

    private CompletionStage<StatementConnection> about(String attribute, Long parentId, StatementFilter filter,
            StatementOrder order, Integer first, String after) {
        Window window = Window.of("statement", first, after, null, null, 20);
        return pages(new Scope(attribute, true, parentId), filter, window,
                ids -> statements.pagesAbout(attribute, ids, filter, order, window), subjectOf(attribute),
                row -> row.statement.id, (cursor, row) -> new StatementEdge(cursor, row.statement, row.stance));
    }

    private CompletionStage<StatementConnection> of(String attribute, Long parentId, StatementFilter filter,
            StatementOrder order, Integer first, String after) {
        Window window = Window.of("statement", first, after, null, null, 20);
        Function<Statement, Long> parent = attribute.equals("speaker")
                ? s -> References.idOf(s.speaker)
                : s -> References.idOf(s.event);
        return pages(new Scope(attribute, false, parentId), filter, window,
                ids -> statements.pagesOf(attribute, ids, filter, order, window), parent, s -> s.id,
                StatementEdge::new);
    }

    /** Loads this parent's page with those of every other parent of the same field and arguments. */
    private <R> CompletionStage<StatementConnection> pages(Scope scope, StatementFilter filter, Window window,
            Function<List<Long>, Uni<List<R>>> query, Function<R, Long> parent, Function<R, Long> statementId,
            Window.EdgeFactory<R, StatementEdge> edge) {
        return batches.load(scope.parentId(), ids -> query.apply(ids).map(rows -> {
            List<List<R>> pages = Batches.group(ids, id -> id, rows, parent);
            return IntStream.range(0, ids.size())
                    .mapToObj(i -> {
                        Window.Page<StatementEdge> page = window.page(pages.get(i), statementId, edge);
                        return new StatementConnection(page.edges(), page.pageInfo(), filter,
                                new Scope(scope.attribute(), scope.about(), ids.get(i)));
                    })
                    .toList();
        }));
    }

    private static Function<StatementSubject, Long> subjectOf(String attribute) {
        return switch (attribute) {
            case "alliance" -> s -> References.idOf(s.alliance);
            case "mission" -> s -> References.idOf(s.mission);
            case "actor" -> s -> References.idOf(s.actor);
            case "event" -> s -> References.idOf(s.event);
            case "topic" -> s -> References.idOf(s.topic);
            default -> throw new IllegalArgumentException("not a subject attribute: " + attribute);
        };
    }
}
