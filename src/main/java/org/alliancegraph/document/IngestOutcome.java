package org.alliancegraph.document;

import org.eclipse.microprofile.graphql.Description;

@Description("What ingesting a document did.")
public enum IngestOutcome {
    @Description("The document and its annotations were stored: new, or with changed annotations.")
    STORED,
    @Description("The same text with the same annotations was ingested before: nothing changed.")
    UNCHANGED
}
