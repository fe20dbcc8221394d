package org.alliancegraph.mission;

import org.alliancegraph.actor.ActorView;
import org.alliancegraph.common.PartialDate;
import org.alliancegraph.document.ExcerptView;
import org.alliancegraph.graphql.Node;
import org.alliancegraph.graphql.Row;
import org.alliancegraph.statement.StatementView;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * Read model of a mission status change, built from a row of {@link #select}, with who proposed it, its statement (with
 * the statement's own references) and its source joined.
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
        @Ignore StatementView joinedStatement,
        @Ignore ExcerptView joinedSource) implements Node {

    /** Columns of the joined statement in {@link #select}. */
    private static final int STATEMENT_WIDTH = StatementView.width(StatementView.Shape.ALL);

    /** The select list, for the change aliased {@code c} with {@link #joins}. */
    public static String select(String c) {
        return c + ".id, " + c + ".mission.id, " + c + ".kind, " + c + ".status, " + c + ".realisation, " + c
                + ".effective, " + c + ".effectiveBound, " + c + ".proposedBy.id, " + c + ".statement.id, " + c
                + ".source.id, " + ActorView.select(c + "_by") + ", "
                + StatementView.select(c + "_st", StatementView.Shape.ALL) + ", " + ExcerptView.select(c + "_src");
    }

    public static String joins(String c) {
        return "left join " + c + ".proposedBy " + c + "_by left join " + c + ".statement " + c + "_st "
                + StatementView.Shape.ALL.clause(c + "_st", true) + "left join " + c + ".source " + c + "_src ";
    }

    public static MissionStatusChangeView from(Row row) {
        return new MissionStatusChangeView(row.nextLong(), row.nextLong(), row.next(), row.next(), row.next(),
                row.next(), row.next(), row.next(), row.next(), row.next(), ActorView.fromNullable(row),
                row.nullable(STATEMENT_WIDTH, r -> StatementView.from(r, StatementView.Shape.ALL)),
                ExcerptView.fromNullable(row));
    }
}
