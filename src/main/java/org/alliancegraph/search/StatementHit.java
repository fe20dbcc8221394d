package org.alliancegraph.search;

import org.alliancegraph.statement.StatementView;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A statement that matches a full-text search, with its rank and the matching words highlighted.")
public record StatementHit(
        @NonNull @Description("The statement.") StatementView statement,
        @NonNull @Description("Relevance: higher is better (ts_rank; the words of the text and its translation weigh "
                + "most, then the supporting excerpts', then the names of the speaker and subjects, then the "
                + "reporting outlets' and cited sources').") double rank,
        @NonNull @Description("The statement's text with the matching words between <mark> and </mark>.") String highlight,
        @NonNull @Description("Pass it as `after` to get the hits that follow this one.") String cursor) {
}
