package org.alliancegraph.alliance;

import org.alliancegraph.actor.ActorView;
import org.alliancegraph.common.PartialDate;
import org.alliancegraph.document.ExcerptView;
import org.alliancegraph.graphql.Node;
import org.alliancegraph.graphql.Row;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/** Read model of a membership, built from a row of {@link #select}, with its alliance, actor and source joined. */
@Name("Membership")
@Description("A state's belonging to an alliance over a period: member, partner, aspirant or withdrawn.")
public record MembershipView(
        @Ignore long rowId,
        @NonNull @Description("How the actor belongs.") MembershipStatus status,
        @Description("Finer grouping, e.g. \"founding member\", \"Indo-Pacific partner\".") String category,
        @Description("Since when (accession date for members); null when not recorded.") PartialDate from,
        @Description("Until when; null while it lasts.") PartialDate until,
        @Ignore long allianceId,
        @Ignore long actorId,
        @Ignore Long sourceId,
        @Ignore AllianceView joinedAlliance,
        @Ignore ActorView joinedActor,
        @Ignore ExcerptView joinedSource) implements Node {

    /** The select list, for the membership aliased {@code m} with {@link #joins}. */
    public static String select(String m) {
        return m + ".id, " + m + ".status, " + m + ".category, " + m + ".from, " + m + ".until, " + m + ".alliance.id, "
                + m + ".actor.id, " + m + ".source.id, " + AllianceView.select(m + "_al", false) + ", "
                + ActorView.select(m + "_ac") + ", " + ExcerptView.select(m + "_src");
    }

    public static String joins(String m) {
        return "join " + m + ".alliance " + m + "_al join " + m + ".actor " + m + "_ac left join " + m + ".source " + m
                + "_src ";
    }

    public static MembershipView from(Row row) {
        return new MembershipView(row.nextLong(), row.next(), row.next(), row.next(), row.next(), row.nextLong(),
                row.nextLong(), row.next(), AllianceView.from(row), ActorView.from(row), ExcerptView.fromNullable(row));
    }
}
