package org.alliancegraph.document;

import java.time.OffsetDateTime;

import org.alliancegraph.actor.ActorView;
import org.alliancegraph.common.PartialDate;
import org.alliancegraph.common.RecordFields;
import org.alliancegraph.graphql.Node;
import org.alliancegraph.graphql.Row;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * Read model of a source document, built from a row of {@link #select}; the document lookups join its outlet
 * ({@code joinedOutlet}, null when not joined).
 */
@Name("Document")
@Description("A source document (a news article, a communiqué) that statements and facts are traced to.")
public record DocumentView(
        @Ignore long rowId,
        @NonNull @Description(RecordFields.SLUG) String slug,
        @NonNull @Description(RecordFields.VERSION) int version,
        @NonNull @Description(RecordFields.CREATED_BY) String createdBy,
        @NonNull @Description(RecordFields.CREATED_AT) OffsetDateTime createdAt,
        @NonNull @Description(RecordFields.UPDATED_BY) String updatedBy,
        @NonNull @Description(RecordFields.UPDATED_AT) OffsetDateTime updatedAt,
        @NonNull @Description("Title or headline.") String title,
        @Description("Where the document was published, when known.") String url,
        @NonNull @Description("BCP 47 language tag of the text, e.g. \"fr\".") String language,
        @Description("When the document was published, as precisely as known.") PartialDate published,
        @NonNull @Description("The full text. Excerpt offsets count Unicode code points from its start.") String text,
        @NonNull @Description("SHA-256 of the text (UTF-8), lower-case hex.") String textHash,
        @Ignore Long outletId,
        @Ignore ActorView joinedOutlet) implements Node {

    /** The select list, for the document aliased {@code d}; with {@code joined}, its outlet too ({@link #joins}). */
    public static String select(String d, boolean joined) {
        String document = d + ".id, " + d + ".slug, " + d + ".version, " + d + ".createdBy, " + d + ".createdAt, " + d
                + ".updatedBy, " + d + ".updatedAt, " + d + ".title, " + d + ".url, " + d + ".language, " + d
                + ".published, " + d + ".text, " + d + ".textHash, " + d + ".outlet.id";
        return joined ? document + ", " + ActorView.select(d + "_out") : document;
    }

    public static String joins(String d) {
        return "left join " + d + ".outlet " + d + "_out ";
    }

    public static DocumentView from(Row row) {
        return from(row, true);
    }

    public static DocumentView from(Row row, boolean joined) {
        return new DocumentView(row.nextLong(), row.next(), row.nextInt(), row.next(), row.next(), row.next(),
                row.next(), row.next(), row.next(), row.next(), row.next(), row.next(), row.next(), row.next(),
                joined ? ActorView.fromNullable(row) : null);
    }
}
