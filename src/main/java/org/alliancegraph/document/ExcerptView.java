package org.alliancegraph.document;

import org.alliancegraph.graphql.Node;
import org.alliancegraph.graphql.Projection;
import org.alliancegraph.graphql.Row;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/** Read model of an excerpt, built from a row of {@link #select}. */
@Name("Excerpt")
@Description("A span of a source document: the sentence that supports a statement or a fact.")
public record ExcerptView(
        @Ignore long rowId,
        @Ignore long documentId,
        @NonNull @Description("Offset of the first character, in Unicode code points from the start of the document.") int start,
        @NonNull @Description("Offset just past the last character (exclusive), in Unicode code points.") int end,
        @NonNull @Description("The text of the span, exactly as in the document.") String text) implements Node {

    /** How many columns {@link #select} lists. */
    public static final int WIDTH = project(new Projection(), "e").width();

    /** The select list this model is read from, for the excerpt aliased {@code e}. */
    public static String select(String e) {
        return project(new Projection(), e).select();
    }

    private static Projection project(Projection p, String e) {
        return p.add(e + ".id").add(e + ".document.id").add(e + ".start").add(e + ".end").add(e + ".text");
    }

    public static ExcerptView from(Row row) {
        return new ExcerptView(row.nextLong(), row.nextLong(), row.nextInt(), row.nextInt(), row.next());
    }

    /** Reads what {@link #select} listed, or null for a reference the row has no excerpt for. */
    public static ExcerptView fromNullable(Row row) {
        return row.nullable(WIDTH, ExcerptView::from);
    }
}
