package org.alliancegraph.statement;

import java.util.Objects;

import org.alliancegraph.graphql.EventLoads;
import org.alliancegraph.graphql.MappedErrors;
import org.alliancegraph.graphql.ResolverErrors;
import org.alliancegraph.live.Change;
import org.alliancegraph.live.ChangeFeed;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;

import io.smallrye.graphql.api.Subscription;
import io.smallrye.mutiny.Multi;

/**
 * The statement subscription over WebSocket (graphql-transport-ws): statements written from now on, on any instance.
 * Each event is filtered on what its announcement ({@link Change}) carries before the record is loaded.
 */
@GraphQLApi
@MappedErrors
public class StatementSubscriptions {

    private final ChangeFeed feed;
    private final StatementRepository statements;
    private final EventLoads loads;

    StatementSubscriptions(ChangeFeed feed, StatementRepository statements, EventLoads loads) {
        this.feed = feed;
        this.statements = statements;
        this.loads = loads;
    }

    @Subscription("statementAdded")
    @Description("Each statement added from now on (by ingestDocument), optionally only those about an alliance or "
            + "a mission, by a speaker, or with an evidential status (slugs; the filters combine).")
    public Multi<StatementView> statementAdded(
            @Description("Slug of an alliance the statement is about.") String alliance,
            @Description("Slug of a mission the statement is about.") String mission,
            @Description("Slug of the speaker.") String speaker,
            @Description("The evidential status.") EvidentialStatus evidentialStatus) {
        return loads.fresh(feed.changes()
                .filter(change -> change.type() == Change.Type.STATEMENT_ADDED
                        && (alliance == null || change.alliances().contains(alliance))
                        && (mission == null || change.missions().contains(mission))
                        && (speaker == null || speaker.equals(change.speaker()))
                        && (evidentialStatus == null || evidentialStatus.name().equals(change.evidentialStatus())))
                .onItem()
                .transformToUniAndConcatenate(change -> ResolverErrors.hideInternalErrors(
                        statements.byKey(change.id(), StatementView.Shape.ALL)))
                .filter(Objects::nonNull));
    }
}
