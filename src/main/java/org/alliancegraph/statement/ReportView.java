package org.alliancegraph.statement;

import org.alliancegraph.actor.ActorView;
import org.alliancegraph.document.ExcerptView;
import org.alliancegraph.graphql.Node;
import org.alliancegraph.graphql.Row;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * Read model of a report, built from a row of {@link #select}: the statement, the excerpt and the outlet come joined in
 * the same row (reports are read in batches, which cannot tell what each parent selected; the joins are on primary
 * keys).
 */
@Name("Report")
@Description("A document's account of a statement: the supporting excerpt, the outlet that reported it and whom "
        + "that outlet cites (\"Politico, citing two NATO diplomats\").")
public record ReportView(
        @Ignore long rowId,
        @Ignore long documentId,
        @NonNull @Description("The statement reported.") StatementView statement,
        @NonNull @Description("The sentence of the document that supports the statement, with its character span.") ExcerptView excerpt,
        @Description("The outlet the document says reported the statement (\"Selon Politico\": Politico).") ActorView reportedBy)
        implements
            Node {

    /** The joins of {@link #select} for the report aliased {@code r}. */
    public static String joins(String r) {
        return "join " + r + ".statement " + r + "_st " + StatementView.Shape.ALL.clause(r + "_st") + "join " + r
                + ".excerpt " + r + "_ex left join " + r + ".reportedBy " + r + "_by ";
    }

    /** The select list this model is read from, for the report aliased {@code r} with {@link #joins}. */
    public static String select(String r) {
        return r + ".id, " + r + ".document.id, " + StatementView.select(r + "_st", StatementView.Shape.ALL) + ", "
                + ExcerptView.select(r + "_ex") + ", " + ActorView.select(r + "_by");
    }

    public static ReportView from(Row row) {
        return new ReportView(row.nextLong(), row.nextLong(), StatementView.from(row, StatementView.Shape.ALL),
                ExcerptView.from(row), ActorView.fromNullable(row));
    }
}
