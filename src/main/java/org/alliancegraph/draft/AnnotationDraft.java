package org.alliancegraph.draft;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("AnnotationDraft")
@Description("The annotations the service proposes for a text: the seed file an editor would save (yaml), which "
        + "ingestDocument takes as it is, and the same content item by item, each with its span in the text.")
public record AnnotationDraft(
        @NonNull @Description("The annotation file in the format of seeds/ (valid against seeds/seed.schema.json): "
                + "review it, correct it, then ingestDocument(text, annotations: yaml).") String yaml,
        @NonNull @Description("The language the text was read in.") String language,
        @NonNull @Description("The sentences.") List<@NonNull DraftSentence> sentences,
        @NonNull @Description("Known records the text names.") List<@NonNull DraftMention> mentions,
        @NonNull @Description("Actors the text names, known and new.") List<@NonNull DraftActor> actors,
        @NonNull @Description("Statements proposed.") List<@NonNull DraftStatement> statements,
        @NonNull @Description("Dates the text gives.") List<@NonNull DraftDate> dates) {
}
