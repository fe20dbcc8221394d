package org.alliancegraph.draft;

import java.util.List;

import org.alliancegraph.statement.EvidentialStatus;
import org.alliancegraph.statement.StatementKind;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("DraftStatement")
@Description("A statement the draft proposes: a sentence with a reporting verb, a conditional or a quote.")
public record DraftStatement(@NonNull @Description("The slug proposed.") String slug,
        @NonNull @Description("The slug of the speaker.") String speaker,
        @Description("Not named before the verb: the speaker of the statement before (\"Selon lui\").") boolean speakerGuessed,
        @Description("The key of the speaker's role the draft proposes, when the sentence gives it.") String speakerRole,
        @NonNull @Description("The kind of speech act, from the verb.") StatementKind kind,
        @NonNull @Description("As the text states it.") EvidentialStatus evidentialStatus,
        @NonNull @Description("The words that made it a statement (the verb, the conditional or the quote).") String cue,
        @NonNull @Description("The sentence.") String text,
        @Description("Offset of the sentence's first character.") int start,
        @Description("Offset after the sentence.") int end,
        @Description("The speaker's own words, when quoted.") String quote,
        @NonNull @Description("Who reports it.") DraftReport report,
        @NonNull @Description("What it is about.") List<@NonNull DraftSubject> subjects,
        @NonNull @Description("The dates the sentence gives.") List<@NonNull DraftDate> dates) {
}
