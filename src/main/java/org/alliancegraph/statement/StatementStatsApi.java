package org.alliancegraph.statement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;

import org.alliancegraph.actor.ActorView;
import org.alliancegraph.alliance.AllianceView;
import org.alliancegraph.event.EventView;
import org.alliancegraph.graphql.KeyedBatches;
import org.alliancegraph.graphql.MappedErrors;
import org.alliancegraph.graphql.Window;
import org.alliancegraph.mission.MissionView;
import org.alliancegraph.topic.TopicView;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import io.smallrye.mutiny.Uni;

/** Aggregates for dashboards: counts over time, top speakers and outlets, stance summaries. */
@GraphQLApi
@MappedErrors
public class StatementStatsApi {

    private static final String STANCES = "How many statements about it take each stance, by evidential status "
            + "(only the pairs that occur, by stance then status name).";

    private final StatementStatsRepository stats;
    private final KeyedBatches batches;

    StatementStatsApi(StatementStatsRepository stats, KeyedBatches batches) {
        this.stats = stats;
        this.batches = batches;
    }

    @Query("statementCounts")
    @Description("How many statements are dated in each period, with the same filter as the statements list, "
            + "oldest first; statements without any date come last with a null start.")
    public Uni<@NonNull List<@NonNull PeriodCount>> statementCounts(
            @Description("Which statements.") StatementFilter filter,
            @NonNull @Description("The length of the periods.") Period period) {
        return stats.perPeriod(filter, period);
    }

    @Query("topSpeakers")
    @Description("The actors that made the most statements matching the filter, most first.")
    public Uni<@NonNull List<@NonNull ActorCount>> topSpeakers(@Description("Which statements.") StatementFilter filter,
            @Description("How many, 1 to 100.") @DefaultValue("10") int first) {
        return stats.topSpeakers(filter, Window.checkSize("first", first));
    }

    @Query("topOutlets")
    @Description("The outlets that reported the most statements matching the filter, most first.")
    public Uni<@NonNull List<@NonNull ActorCount>> topOutlets(@Description("Which statements.") StatementFilter filter,
            @Description("How many, 1 to 100.") @DefaultValue("10") int first) {
        return stats.topOutlets(filter, Window.checkSize("first", first));
    }

    @NonNull
    @Name("stanceSummary")
    @Description(STANCES)
    public CompletionStage<List<@NonNull StanceCount>> allianceStances(@Source AllianceView alliance,
            StatementFilter filter) {
        return stances(SubjectKind.ALLIANCE, alliance.rowId(), filter);
    }

    @NonNull
    @Name("stanceSummary")
    @Description(STANCES)
    public CompletionStage<List<@NonNull StanceCount>> missionStances(@Source MissionView mission,
            StatementFilter filter) {
        return stances(SubjectKind.MISSION, mission.rowId(), filter);
    }

    @NonNull
    @Name("stanceSummary")
    @Description(STANCES)
    public CompletionStage<List<@NonNull StanceCount>> actorStances(@Source ActorView actor, StatementFilter filter) {
        return stances(SubjectKind.ACTOR, actor.rowId(), filter);
    }

    @NonNull
    @Name("stanceSummary")
    @Description(STANCES)
    public CompletionStage<List<@NonNull StanceCount>> eventStances(@Source EventView event, StatementFilter filter) {
        return stances(SubjectKind.EVENT, event.rowId(), filter);
    }

    @NonNull
    @Name("stanceSummary")
    @Description(STANCES)
    public CompletionStage<List<@NonNull StanceCount>> topicStances(@Source TopicView topic, StatementFilter filter) {
        return stances(SubjectKind.TOPIC, topic.rowId(), filter);
    }

    /** The summaries of every parent of the same field and filter, in one GROUP BY. */
    private CompletionStage<List<StanceCount>> stances(SubjectKind kind, Long parentId, StatementFilter filter) {
        return batches.load(parentId, "", ids -> stats.stancesAbout(kind, ids, filter).map(rows -> {
            Map<Long, List<StanceCount>> byParent = new HashMap<>();
            for (Object[] row : rows) {
                byParent.computeIfAbsent((Long) row[0], id -> new ArrayList<>())
                        .add(new StanceCount((Stance) row[1], (EvidentialStatus) row[2],
                                ((Number) row[3]).longValue()));
            }
            return ids.stream().map(id -> byParent.getOrDefault(id, List.of())).toList();
        }));
    }
}
