package org.alliancegraph.statement;

import java.time.OffsetDateTime;

import org.alliancegraph.actor.ActorView;
import org.alliancegraph.actor.PersonRoleView;
import org.alliancegraph.common.PartialDate;
import org.alliancegraph.common.RecordFields;
import org.alliancegraph.event.EventView;
import org.alliancegraph.graphql.Fields;
import org.alliancegraph.graphql.Node;
import org.alliancegraph.graphql.Projection;
import org.alliancegraph.graphql.Row;
import org.alliancegraph.graphql.SelectedFields;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * Read model of a statement, built from a row of {@link #project}. Its speaker, the speaker's role and the event come
 * in the same row, joined, when the query selects them ({@link Shape}): those fields are then plain reads. Columns of
 * fields the query does not select are not read (null, or 0 for the version).
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

    /**
     * What a read of statements fetches: the statement's columns its selection shows, and its speaker, the speaker's
     * role and the event, each joined (with the columns the selection shows of it) only when selected.
     *
     * @param speaker
     *            the speaker's fields, or null when the speaker is not selected (not joined)
     */
    public record Shape(Fields statement, Fields speaker, Fields speakerRole, Fields event) {

        /** For readers that cannot tell what was selected (batched references): all, one primary-key join each. */
        public static final Shape ALL = new Shape(Fields.ALL, Fields.ALL, Fields.ALL, Fields.ALL);

        /** What a selection asks for, with the statement at {@code path} in it ("" for the field itself). */
        public static Shape selected(SelectedFields selection, String path) {
            Fields statement = selection.fieldsAt(path);
            return new Shape(statement, joined(selection, statement, path, "speaker"),
                    joined(selection, statement, path, "speakerRole"), joined(selection, statement, path, "event"));
        }

        private static Fields joined(SelectedFields selection, Fields statement, String path, String reference) {
            return statement.has(reference) ? selection.fieldsAt(path + reference + "/") : null;
        }

        /** The joins for the statement aliased {@code s}; the references are aliased s_sp, s_sr and s_ev. */
        public String clause(String s) {
            return clause(s, false);
        }

        /** The joins for a statement that is itself outer-joined ({@code outer}): all of them outer. */
        public String clause(String s, boolean outer) {
            return (speaker != null ? (outer ? "left join " : "join ") + s + ".speaker " + s + "_sp " : "")
                    + (speakerRole != null ? "left join " + s + ".speakerRole " + s + "_sr " : "")
                    + (event != null ? "left join " + s + ".event " + s + "_ev " : "");
        }
    }

    /** The select list this model is read from, for the statement aliased {@code s} with {@code shape}'s joins. */
    public static String select(String s, Shape shape) {
        return project(new Projection(), s, shape).select();
    }

    /** Adds the columns this model is read from to {@code p}, for the statement aliased {@code s}. */
    public static Projection project(Projection p, String s, Shape shape) {
        Fields f = shape.statement();
        p.add(s + ".id").add(s + ".slug", f.has("slug")).add(s + ".version", f.has("version"))
                .add(s + ".createdBy", f.has("createdBy")).add(s + ".createdAt", f.has("createdAt"))
                .add(s + ".updatedBy", f.has("updatedBy")).add(s + ".updatedAt", f.has("updatedAt"))
                .add(s + ".kind", f.has("kind")).add(s + ".evidentialStatus", f.has("evidentialStatus"))
                .add(s + ".text", f.has("text")).add(s + ".lang", f.has("lang")).add(s + ".quote", f.has("quote"))
                .add(s + ".translation", f.has("translation"))
                .add(s + ".translationLang", f.has("translationLang")).add(s + ".said", f.has("said"))
                .add(s + ".speaker.id");
        if (shape.speaker() != null) {
            ActorView.project(p, s + "_sp", shape.speaker());
        }
        if (shape.speakerRole() != null) {
            PersonRoleView.project(p, s + "_sr", shape.speakerRole());
        }
        if (shape.event() != null) {
            EventView.project(p, s + "_ev", shape.event());
        }
        return p;
    }

    /** How many columns {@link #project} adds with this shape, read or not. */
    public static int width(Shape shape) {
        return project(new Projection(), "s", shape).width();
    }

    /** Reads what {@link #project} listed with the same shape. */
    public static StatementView from(Row row, Shape shape) {
        return new StatementView(row.nextLong(), row.next(), row.nextInt(), row.next(), row.next(), row.next(),
                row.next(), row.next(), row.next(), row.next(), row.next(), row.next(), row.next(), row.next(),
                row.next(), row.nextLong(), shape.speaker() != null ? ActorView.from(row) : null,
                shape.speakerRole() != null ? PersonRoleView.fromNullable(row) : null,
                shape.event() != null ? EventView.fromNullable(row) : null);
    }
}
