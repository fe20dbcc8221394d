package org.alliancegraph.draft;

import org.alliancegraph.common.DatePrecision;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("DraftDate")
@Description("A date the text gives, as precisely as it gives it.")
public record DraftDate(@NonNull @Description("The words of the text (\"d’ici septembre 2026\").") String text,
        @NonNull @Description("The date: \"2026\", \"2026-09\" or \"2026-09-01\".") String value,
        @NonNull @Description("How precise it is.") DatePrecision precision,
        @NonNull @Description("Whether it is the date, a deadline or a start.") DraftDateBound bound,
        @Description("Offset of its first character.") int start,
        @Description("Offset after its last character.") int end) {
}
