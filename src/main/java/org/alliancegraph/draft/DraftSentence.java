package org.alliancegraph.draft;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("DraftSentence")
@Description("A sentence of the text, with its span in code points (as excerpts count).")
public record DraftSentence(@NonNull @Description("Its text.") String text,
        @Description("Offset of its first character.") int start,
        @Description("Offset after its last character.") int end,
        @Description("A title or heading: a line without a full stop. Not read for statements.") boolean headline) {
}
