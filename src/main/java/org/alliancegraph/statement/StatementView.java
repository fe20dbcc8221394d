package org.alliancegraph.statement;

import java.time.OffsetDateTime;

import org.alliancegraph.actor.ActorView;
import org.alliancegraph.actor.PersonRoleView;
import org.alliancegraph.common.PartialDate;
import org.alliancegraph.common.RecordFields;
import org.alliancegraph.event.EventView;
import org.alliancegraph.graphql.GlobalId;
import org.alliancegraph.graphql.Node;
import org.alliancegraph.graphql.Row;
import org.alliancegraph.graphql.Selection;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * Read model of a statement, built from a row of {@link #select}. Its speaker, the speaker's role and the event come in
 * the same row, joined, when the query selects them ({@link Joins}): those fields are then plain reads.
 */
@Name("Statement")
@Description("What an actor said, demanded or reportedly signalled, with its stance on each subject and the "
        + "documents that report it.")
public record StatementView(
        @Ignore long rowId,
        @NonNull @Description(RecordFields.SLUG) String slug,
        @NonNull @Description(RecordFields.VERSION) int version,
        @NonNull @Description(RecordFields.CREATED_BY) String createdBy,
        @NonNull @Description(RecordFields.CREATED_AT) OffsetDateTime createdAt,
        @NonNull @Description(RecordFields.UPDATED_BY) String updatedBy,
        @NonNull @Description(RecordFields.UPDATED_AT) OffsetDateTime updatedAt,
        @NonNull @Description("The kind of speech act.") StatementKind kind,
        @NonNull @Description("Whether the statement is confirmed or only reported.") EvidentialStatus evidentialStatus,
        @NonNull @Description("What was said, in the original language.") String text,
        @NonNull @Description("BCP 47 language tag of the text.") String lang,
        @Description("The speaker's own words when the source quotes them, e.g. \"indispensable\".") String quote,
        @Description("The text translated, when a translation is present.") String translation,
        @Description("BCP 47 language tag of the translation.") String translationLang,
        @Description("When it was said, as precisely as known.") PartialDate said,
        @Ignore long speakerId,
        @NonNull @Description("Who made the statement.") ActorView speaker,
        @Description("The role the speaker held when speaking, e.g. German Minister of Defence.") PersonRoleView speakerRole,
        @Description("The summit or meeting at which it was said.") EventView event) implements Node {

    /** Which references of a statement a query joins: those its selection asks for. */
    public record Joins(boolean speaker, boolean speakerRole, boolean event) {

        /** The joins a selection asks for, with the statement at {@code path} in it ("" for the field itself). */
        public static Joins selected(Selection selection, String path) {
            return new Joins(selection.has(path + "speaker"), selection.has(path + "speakerRole"),
                    selection.has(path + "event"));
        }

        /** For readers that cannot tell what was selected (batched references): one primary-key join each. */
        public static final Joins ALL = new Joins(true, true, true);

        /** The joins for the statement aliased {@code s}; the references are aliased s_sp, s_sr and s_ev. */
        public String clause(String s) {
            return clause(s, false);
        }

        /** The joins for a statement that is itself outer-joined ({@code outer}): all of them outer. */
        public String clause(String s, boolean outer) {
            return (speaker ? (outer ? "left join " : "join ") + s + ".speaker " + s + "_sp " : "")
                    + (speakerRole ? "left join " + s + ".speakerRole " + s + "_sr " : "")
                    + (event ? "left join " + s + ".event " + s + "_ev " : "");
        }
    }

    /** The select list this model is read from, for the statement aliased {@code s} with the {@code joins}. */
    public static String select(String s, Joins joins) {
        return s + ".id, " + s + ".slug, " + s + ".version, " + s + ".createdBy, " + s + ".createdAt, " + s
                + ".updatedBy, " + s + ".updatedAt, " + s + ".kind, " + s + ".evidentialStatus, " + s + ".text, " + s
                + ".lang, " + s + ".quote, " + s + ".translation, " + s + ".translationLang, " + s + ".said, " + s
                + ".speaker.id" + (joins.speaker() ? ", " + ActorView.select(s + "_sp") : "")
                + (joins.speakerRole() ? ", " + PersonRoleView.select(s + "_sr") : "")
                + (joins.event() ? ", " + EventView.select(s + "_ev") : "");
    }

    /** How many columns {@link #select} lists with these joins. */
    public static int width(Joins joins) {
        return 16 + (joins.speaker() ? 15 : 0) + (joins.speakerRole() ? 9 : 0) + (joins.event() ? 16 : 0);
    }

    /** Reads what {@link #select} listed with the same joins. */
    public static StatementView from(Row row, Joins joins) {
        return new StatementView(row.nextLong(), row.next(), row.nextInt(), row.next(), row.next(), row.next(),
                row.next(), row.next(), row.next(), row.next(), row.next(), row.next(), row.next(), row.next(),
                row.next(), row.nextLong(), joins.speaker() ? ActorView.from(row) : null,
                joins.speakerRole() ? PersonRoleView.fromNullable(row) : null,
                joins.event() ? EventView.fromNullable(row) : null);
    }

    @Id
    @NonNull
    @Name("id")
    @Description("Global, opaque identifier of this record; stable across requests.")
    @Override
    public String getNodeId() {
        return GlobalId.encode("Statement", rowId);
    }
}
