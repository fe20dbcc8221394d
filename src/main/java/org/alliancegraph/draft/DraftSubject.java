package org.alliancegraph.draft;

import org.alliancegraph.statement.Stance;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("DraftSubject")
@Description("What a drafted statement is about, with its stance.")
public record DraftSubject(@NonNull @Description("What kind of record.") MentionKind kind,
        @NonNull @Description("Its slug.") String slug,
        @NonNull @Description("The stance, where the lexicon can tell; NEUTRAL otherwise.") Stance stance,
        @Description("Not named in the sentence: the alliance the text names most, for the editor to correct.") boolean guessed) {
}
