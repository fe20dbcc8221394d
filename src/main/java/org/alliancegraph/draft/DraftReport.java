package org.alliancegraph.draft;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("DraftReport")
@Description("Who reports a drafted statement, and whom they cite.")
public record DraftReport(
        @Description("The outlet that reports it (\"Selon Politico\"), when the text names one.") String reportedBy,
        @NonNull @Description("The sources the outlet cites (\"deux diplomates de l’OTAN cités par Politico\").") List<@NonNull String> cites) {
}
