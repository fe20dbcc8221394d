package org.alliancegraph.mission;

import java.time.OffsetDateTime;

import org.alliancegraph.actor.ActorView;
import org.alliancegraph.alliance.AllianceView;
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
 * Read model of a mission, built from a row of {@link #select}; the lists that read missions join their alliance,
 * theatre and sources (the {@code joined*} components, null when not joined).
 */
@Name("Mission")
@Description("An operation an alliance runs: its mandate, theatre, objectives, troops and status over time.")
public record MissionView(
        @Ignore long rowId,
        @NonNull @Description(RecordFields.SLUG) String slug,
        @NonNull @Description(RecordFields.VERSION) int version,
        @NonNull @Description(RecordFields.CREATED_BY) String createdBy,
        @NonNull @Description(RecordFields.CREATED_AT) OffsetDateTime createdAt,
        @NonNull @Description(RecordFields.UPDATED_BY) String updatedBy,
        @NonNull @Description(RecordFields.UPDATED_AT) OffsetDateTime updatedAt,
        @NonNull @Description("Name in English, e.g. \"Kosovo Force\".") String name,
        @Description("Acronym, e.g. \"KFOR\", \"NMI\".") String acronym,
        @NonNull @Description("What the mission does.") MissionKind kind,
        @NonNull @Description("Where it operates, e.g. \"Kosovo\", \"Iraq\".") String theatre,
        @Description("What authorises it, e.g. \"UN Security Council Resolution 1244 (1999)\".") String mandate,
        @Description("What the mission is, in a sentence.") String description,
        @Description("When it was launched.") PartialDate start,
        @Description("When it ended; null while it runs. Proposed ends are status changes, not this.") PartialDate end,
        @Ignore long allianceId,
        @Ignore Long theatreActorId,
        @Ignore Long mandateSourceId,
        @Ignore Long startSourceId,
        @Ignore AllianceView joinedAlliance,
        @Ignore ActorView joinedTheatreActor,
        @Ignore ExcerptView joinedMandateSource,
        @Ignore ExcerptView joinedStartSource) implements Node {

    /** Columns of {@link #select} without the joins. */
    public static final int WIDTH = columns(new Projection(), "m").width();

    /**
     * The select list this model is read from, for the mission aliased {@code m}; with {@code joined}, also the
     * references of {@link #joins}.
     */
    public static String select(String m, boolean joined) {
        String mission = columns(new Projection(), m).select();
        return joined
                ? mission + ", " + AllianceView.select(m + "_al", false) + ", " + ActorView.select(m + "_th")
                        + ", " + ExcerptView.select(m + "_ms") + ", " + ExcerptView.select(m + "_ss")
                : mission;
    }

    private static Projection columns(Projection p, String m) {
        return p.add(m + ".id").add(m + ".slug").add(m + ".version").add(m + ".createdBy").add(m + ".createdAt")
                .add(m + ".updatedBy").add(m + ".updatedAt").add(m + ".name").add(m + ".acronym").add(m + ".kind")
                .add(m + ".theatre").add(m + ".mandate").add(m + ".description").add(m + ".start").add(m + ".end")
                .add(m + ".alliance.id").add(m + ".theatreActor.id").add(m + ".mandateSource.id")
                .add(m + ".startSource.id");
    }

    /** The joins of {@link #select} with {@code joined}, for the mission aliased {@code m}. */
    public static String joins(String m) {
        return "join " + m + ".alliance " + m + "_al left join " + m + ".theatreActor " + m + "_th left join " + m
                + ".mandateSource " + m + "_ms left join " + m + ".startSource " + m + "_ss ";
    }

    public static MissionView from(Row row, boolean joined) {
        return new MissionView(row.nextLong(), row.next(), row.nextInt(), row.next(), row.next(), row.next(),
                row.next(), row.next(), row.next(), row.next(), row.next(), row.next(), row.next(), row.next(),
                row.next(), row.nextLong(), row.next(), row.next(), row.next(),
                joined ? AllianceView.from(row) : null, joined ? ActorView.fromNullable(row) : null,
                joined ? ExcerptView.fromNullable(row) : null, joined ? ExcerptView.fromNullable(row) : null);
    }

    public static MissionView from(Row row) {
        return from(row, false);
    }
}
