package org.alliancegraph.draft;

import org.alliancegraph.actor.ActorKind;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("DraftActor")
@Description("An actor the text names: known (found by a name or alias) or new (the draft proposes it).")
public record DraftActor(@NonNull @Description("Its slug: the known one, or the one proposed.") String slug,
        @NonNull @Description("Its name as the text writes it.") String name,
        @NonNull @Description("Its kind; for a new actor, as the text suggests it.") ActorKind kind,
        @Description("Whether the service knows it already.") boolean known,
        @Description("The function the text gives a person (\"ministre allemand de la Défense\").") String rolePhrase,
        @Description("For an unnamed group, how many it is when the text says.") Integer groupSize,
        @Description("For an unnamed source, the slug of the organisation it speaks from.") String affiliation,
        @Description("Offset of its first mention's first character.") int start,
        @Description("Offset after its first mention.") int end) {
}
