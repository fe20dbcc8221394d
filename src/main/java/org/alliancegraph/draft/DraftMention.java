package org.alliancegraph.draft;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("DraftMention")
@Description("A known actor, alliance, mission or event that the text names, by one of its names or aliases.")
public record DraftMention(@NonNull @Description("What it names.") MentionKind kind,
        @NonNull @Description("The slug of the record.") String slug,
        @NonNull @Description("The words of the text.") String text,
        @Description("Offset of its first character.") int start,
        @Description("Offset after its last character.") int end) {
}
