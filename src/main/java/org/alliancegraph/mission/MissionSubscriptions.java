package org.alliancegraph.mission;

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
 * The mission subscription over WebSocket (graphql-transport-ws): status changes recorded from now on, on any instance.
 * Each event is filtered on what its announcement ({@link Change}) carries before the record is loaded.
 */
@GraphQLApi
@MappedErrors
public class MissionSubscriptions {

    private final ChangeFeed feed;
    private final MissionRepository missions;
    private final EventLoads loads;

    MissionSubscriptions(ChangeFeed feed, MissionRepository missions, EventLoads loads) {
        this.feed = feed;
        this.missions = missions;
        this.loads = loads;
    }

    @Subscription("missionStatusChanged")
    @Description("Each mission status change recorded from now on (by recordMissionStatusChange), optionally of one "
            + "mission only.")
    public Multi<MissionStatusChangeView> missionStatusChanged(
            @Description("Slug of the mission, e.g. \"kfor\".") String mission) {
        return loads.fresh(feed.changes()
                .filter(change -> change.type() == Change.Type.MISSION_STATUS_CHANGED
                        && (mission == null || change.missions().contains(mission)))
                .onItem().transformToUniAndConcatenate(change -> ResolverErrors.hideInternalErrors(
                        missions.statusChange(change.id())))
                .filter(Objects::nonNull));
    }
}
