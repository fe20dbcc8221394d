package org.alliancegraph.statement;

import org.alliancegraph.actor.ActorView;
import org.alliancegraph.alliance.AllianceView;
import org.alliancegraph.event.EventView;
import org.alliancegraph.graphql.Node;
import org.alliancegraph.graphql.Row;
import org.alliancegraph.mission.MissionView;
import org.alliancegraph.topic.TopicView;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * Read model of a statement's subject, built from a row of {@link #select}: whatever it names comes joined in the same
 * row (plain fields; a subject names one record, and the joins are on primary keys).
 */
@Name("StatementSubject")
@Description("What a statement is about, with the speaker's stance: exactly one of alliance, mission, actor, event "
        + "and topic is set.")
public record StatementSubjectView(
        @Ignore long rowId,
        @Ignore long statementId,
        @NonNull @Description("The speaker's stance towards the subject.") Stance stance,
        @Description("The alliance the statement is about, when its subject is an alliance.") AllianceView alliance,
        @Description("The mission the statement is about, when its subject is a mission.") MissionView mission,
        @Description("The actor the statement is about, when its subject is an actor.") ActorView actor,
        @Description("The event the statement is about, when its subject is an event.") EventView event,
        @Description("The topic the statement is about, when its subject is a topic.") TopicView topic)
        implements
            Node {

    /** The select list, for the subject aliased {@code x} with {@link #joins}. */
    public static String select(String x) {
        return x + ".id, " + x + ".statement.id, " + x + ".stance, " + AllianceView.select(x + "_al", false) + ", "
                + MissionView.select(x + "_mi", false) + ", " + ActorView.select(x + "_ac") + ", "
                + EventView.select(x + "_ev") + ", " + TopicView.select(x + "_to");
    }

    public static String joins(String x) {
        return "left join " + x + ".alliance " + x + "_al left join " + x + ".mission " + x + "_mi left join " + x
                + ".actor " + x + "_ac left join " + x + ".event " + x + "_ev left join " + x + ".topic " + x + "_to ";
    }

    public static StatementSubjectView from(Row row) {
        return new StatementSubjectView(row.nextLong(), row.nextLong(), row.next(),
                row.nullable(AllianceView.WIDTH, AllianceView::from),
                row.nullable(MissionView.WIDTH, MissionView::from),
                ActorView.fromNullable(row), EventView.fromNullable(row),
                row.nullable(TopicView.WIDTH, TopicView::from));
    }
}
