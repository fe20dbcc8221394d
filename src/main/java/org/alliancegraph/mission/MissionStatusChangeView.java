package org.alliancegraph.mission;

import org.alliancegraph.actor.ActorView;
import org.alliancegraph.common.PartialDate;
import org.alliancegraph.document.ExcerptView;
import org.alliancegraph.graphql.Node;
import org.alliancegraph.graphql.Row;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * Read model of a mission status change, built from a row of {@link #select}, with who proposed it and its source
 * joined (its statement is read by the statement feature, which refers to missions).
 */
@Name("MissionStatusChange")
@Description("A change in a mission's status, taken place or proposed, with who proposed it and on which statement.")
public record MissionStatusChangeView(
        @Ignore long rowId,
        @Ignore long missionId,
        @NonNull @Description("What the change does.") ChangeKind kind,
        @NonNull @Description("The status the mission has after the change.") MissionStatus status,
        @NonNull @Description("Whether the change took place or was only proposed.") Realisation realisation,
        @Description("When the change takes or took effect, as precisely as known.") PartialDate effective,
        @NonNull @Description("Whether the effective date is the date itself or a deadline (\"by September 2026\").") DateBound effectiveBound,
        @Ignore Long proposedById,
        @Ignore Long statementId,
        @Ignore Long sourceId,
        @Ignore ActorView joinedProposedBy,
        @Ignore ExcerptView joinedSource) implements Node {

    /** The select list, for the change aliased {@code c} with {@link #joins}. */
    public static String select(String c) {
        return c + ".id, " + c + ".mission.id, " + c + ".kind, " + c + ".status, " + c + ".realisation, " + c
                + ".effective, " + c + ".effectiveBound, " + c + ".proposedBy.id, " + c + ".statementId, " + c
                + ".source.id, " + ActorView.select(c + "_by") + ", " + ExcerptView.select(c + "_src");
    }

    public static String joins(String c) {
        return "left join " + c + ".proposedBy " + c + "_by left join " + c + ".source " + c + "_src ";
    }

    public static MissionStatusChangeView from(Row row) {
        return new MissionStatusChangeView(row.nextLong(), row.nextLong(), row.next(), row.next(), row.next(),
                row.next(), row.next(), row.next(), row.next(), row.next(), ActorView.fromNullable(row),
                ExcerptView.fromNullable(row));
    }
}
