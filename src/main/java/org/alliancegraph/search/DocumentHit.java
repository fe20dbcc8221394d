package org.alliancegraph.search;

import org.alliancegraph.document.DocumentView;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A source document that matches a full-text search, with its rank and a highlighted passage.")
public record DocumentHit(
        @NonNull @Description("The document.") DocumentView document,
        @NonNull @Description("Relevance: higher is better (words of the title weigh more than the body's).") double rank,
        @NonNull @Description("A passage of the text with the matching words between <mark> and </mark>.") String highlight) {
}
