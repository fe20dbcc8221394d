package org.alliancegraph.document;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A source document in a page of documents, with its cursor.")
public record DocumentEdge(
        @NonNull @Description("Opaque cursor of this document in its list: pass it as after or before.") String cursor,
        @NonNull @Description("The document.") DocumentView node) {
}
