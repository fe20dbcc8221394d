package org.alliancegraph.draft;

import org.alliancegraph.graphql.MappedErrors;
import org.alliancegraph.security.Access;
import org.alliancegraph.security.Role;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import io.smallrye.mutiny.Uni;

@GraphQLApi
@MappedErrors
public class DraftApi {

    private final DraftService drafts;
    private final Access access;

    DraftApi(DraftService drafts, Access access) {
        this.drafts = drafts;
        this.access = access;
    }

    @Query("draftAnnotations")
    @Description("Proposes the annotations of a text the service has not seen, from what it knows (its actors, "
            + "alliances, missions and events, by their names and aliases) and the rules of the language's lexicon: "
            + "sentences, known and new actors, statements with speaker, kind, evidential status, report, subjects "
            + "and stance, and dates. `yaml` is the seed file an editor reviews and hands to ingestDocument as it is. "
            + "Writes nothing. Needs the editor role.")
    public Uni<@NonNull AnnotationDraft> draftAnnotations(
            @NonNull @Description("The text, as ingestDocument will take it.") String text,
            @Description("Its language: \"fr\" or \"en\"; guessed from its common words when not given.") String language,
            @Description("Its title; the first sentence when not given.") String title,
            @Description("Where it was published.") String url,
            @Description("When it was published: \"2026\", \"2026-06\" or \"2026-06-12\"; dates such as \"en juillet\" "
                    + "take its year (this year when not given).") String published) {
        access.require(Role.EDITOR);
        return drafts.draft(text, language, title, url, published);
    }
}
