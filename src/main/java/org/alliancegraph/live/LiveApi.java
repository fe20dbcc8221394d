package org.alliancegraph.live;

import java.util.Objects;
import java.util.function.Supplier;

import org.alliancegraph.graphql.Queries;
import org.alliancegraph.graphql.ResolverSession;
import org.alliancegraph.graphql.Sessions;
import org.alliancegraph.mission.MissionStatusChange;
import org.alliancegraph.statement.EvidentialStatus;
import org.alliancegraph.statement.Statement;
import org.alliancegraph.statement.StatementRepository;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;

import io.smallrye.graphql.api.Subscription;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;

/**
 * Subscriptions over WebSocket (graphql-transport-ws): what is written from now on, on any instance. Each event is
 * filtered on what its announcement carries before the record is loaded.
 */
@GraphQLApi
@ResolverSession
public class LiveApi {

    private final ChangeFeed feed;
    private final StatementRepository statements;
    private final Vertx vertx;

    LiveApi(ChangeFeed feed, StatementRepository statements, Vertx vertx) {
        this.feed = feed;
        this.statements = statements;
        this.vertx = vertx;
    }

    @Subscription("statementAdded")
    @Description("Each statement added from now on (by ingestDocument), optionally only those about an alliance or "
            + "a mission, by a speaker, or with an evidential status (slugs; the filters combine).")
    public Multi<Statement> statementAdded(@Description("Slug of an alliance the statement is about.") String alliance,
            @Description("Slug of a mission the statement is about.") String mission,
            @Description("Slug of the speaker.") String speaker,
            @Description("The evidential status.") EvidentialStatus evidentialStatus) {
        return feed.changes()
                .filter(change -> change.type() == Change.Type.STATEMENT_ADDED
                        && (alliance == null || change.alliances().contains(alliance))
                        && (mission == null || change.missions().contains(mission))
                        && (speaker == null || speaker.equals(change.speaker()))
                        && (evidentialStatus == null || evidentialStatus.name().equals(change.evidentialStatus())))
                .onItem()
                .transformToUniAndConcatenate(change -> load(() -> statements.findByIdWithSpeaker(change.id())))
                .filter(Objects::nonNull);
    }

    @Subscription("missionStatusChanged")
    @Description("Each mission status change recorded from now on (by recordMissionStatusChange), optionally of one "
            + "mission only.")
    public Multi<MissionStatusChange> missionStatusChanged(
            @Description("Slug of the mission, e.g. \"kfor\".") String mission) {
        return feed.changes()
                .filter(change -> change.type() == Change.Type.MISSION_STATUS_CHANGED
                        && (mission == null || change.missions().contains(mission)))
                .onItem().transformToUniAndConcatenate(change -> load(() -> Queries.list(MissionStatusChange.class,
                        "from MissionStatusChange c join fetch c.mission where c.id = ?1", change.id())
                        .map(found -> found.isEmpty() ? null : found.get(0))))
                .filter(Objects::nonNull);
    }

    /** Loads the record of an event with a session of its own; null when it is gone already. */
    private <T> Uni<T> load(Supplier<Uni<T>> query) {
        return Sessions.fresh(vertx, query);
    }
}
