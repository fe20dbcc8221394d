package org.alliancegraph.statement;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A report in a page of a document's reports, with its cursor.")
public record ReportEdge(
        @NonNull @Description("Opaque cursor of this report in its list: pass it as after.") String cursor,
        @NonNull @Description("The report: the statement, its excerpt and who reported it.") ReportView node) {
}
