package org.alliancegraph.alliance;

import java.time.OffsetDateTime;

import org.alliancegraph.actor.ActorView;
import org.alliancegraph.common.PartialDate;
import org.alliancegraph.common.RecordFields;
import org.alliancegraph.document.ExcerptView;
import org.alliancegraph.graphql.Node;
import org.alliancegraph.graphql.Projection;
import org.alliancegraph.graphql.Row;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * Read model of an alliance, built from a row of {@link #select}; the lists that read alliances join their organisation
 * and decision rule source (the {@code joined*} components, null when not joined).
 */
@Name("Alliance")
@Description("A military or political alliance, its members and partners, and the missions it runs.")
public record AllianceView(
        @Ignore long rowId,
        @NonNull @Description(RecordFields.SLUG) String slug,
        @NonNull @Description(RecordFields.VERSION) int version,
        @NonNull @Description(RecordFields.CREATED_BY) String createdBy,
        @NonNull @Description(RecordFields.CREATED_AT) OffsetDateTime createdAt,
        @NonNull @Description(RecordFields.UPDATED_BY) String updatedBy,
        @NonNull @Description(RecordFields.UPDATED_AT) OffsetDateTime updatedAt,
        @NonNull @Description("Canonical name, in English.") String name,
        @Description("Main acronym in English, e.g. \"NATO\"; other acronyms (\"OTAN\") are among the names.") String acronym,
        @Description("When the alliance was founded.") PartialDate founded,
        @Description("Where its headquarters are.") String headquarters,
        @Description("What it covers, e.g. \"Euro-Atlantic collective defence\".") String scope,
        @Description("How it decides, e.g. \"Consensus of all member states\".") String decisionRule,
        @Description("What the alliance is, in a sentence.") String description,
        @Ignore Long organisationId,
        @Ignore Long decisionRuleSourceId,
        @Ignore ActorView joinedOrganisation,
        @Ignore ExcerptView joinedDecisionRuleSource) implements Node {

    /** Columns of {@link #select} without the joins. */
    public static final int WIDTH = columns(new Projection(), "a").width();

    /**
     * The select list this model is read from, for the alliance aliased {@code a}; with {@code joined}, also the
     * references of {@link #joins}.
     */
    public static String select(String a, boolean joined) {
        String alliance = columns(new Projection(), a).select();
        return joined
                ? alliance + ", " + ActorView.select(a + "_org") + ", " + ExcerptView.select(a + "_drs")
                : alliance;
    }

    private static Projection columns(Projection p, String a) {
        return p.add(a + ".id").add(a + ".slug").add(a + ".version").add(a + ".createdBy").add(a + ".createdAt")
                .add(a + ".updatedBy").add(a + ".updatedAt").add(a + ".name").add(a + ".acronym").add(a + ".founded")
                .add(a + ".headquarters").add(a + ".scope").add(a + ".decisionRule").add(a + ".description")
                .add(a + ".organisation.id").add(a + ".decisionRuleSource.id");
    }

    /** The joins of {@link #select} with {@code joined}, for the alliance aliased {@code a}. */
    public static String joins(String a) {
        return "left join " + a + ".organisation " + a + "_org left join " + a + ".decisionRuleSource " + a + "_drs ";
    }

    public static AllianceView from(Row row, boolean joined) {
        return new AllianceView(row.nextLong(), row.next(), row.nextInt(), row.next(), row.next(), row.next(),
                row.next(), row.next(), row.next(), row.next(), row.next(), row.next(), row.next(), row.next(),
                row.next(), row.next(), joined ? ActorView.fromNullable(row) : null,
                joined ? ExcerptView.fromNullable(row) : null);
    }

    public static AllianceView from(Row row) {
        return from(row, false);
    }
}
