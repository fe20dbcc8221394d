package org.alliancegraph.document;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("The result of ingestDocument.")
public record IngestResult(@NonNull @Description("Whether anything was stored.") IngestOutcome outcome,
        @NonNull @Description("The document, as stored now.") DocumentView document) {
}
