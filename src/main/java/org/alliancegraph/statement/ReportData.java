package org.alliancegraph.statement;

import java.util.List;

import org.alliancegraph.document.Excerpt;
import org.alliancegraph.document.SourceDocument;

/** Where a document reports a statement: the excerpt, the outlet that reports it and the sources it cites, by slug. */
public record ReportData(SourceDocument document, Excerpt excerpt, String reportedBy, List<String> cites) {
}
