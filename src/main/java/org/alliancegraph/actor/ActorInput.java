package org.alliancegraph.actor;

import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("ActorInput")
@Description("A new actor.")
public class ActorInput {

    @NonNull
    @NotNull
    @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "must be lower-case words joined by hyphens")
    @Size(max = 100)
    @Description("Stable key: lower-case words joined by hyphens, e.g. \"european-commission\".")
    public String slug;

    @NonNull
    @NotNull
    @Description("What sort of actor this is.")
    public ActorKind kind;

    @NonNull
    @NotNull
    @Pattern(regexp = ".*\\S.*", message = "must not be blank")
    @Size(max = 200)
    @Description("Canonical name, in English.")
    public String name;

    @Size(max = 2000)
    @Description("Who or what this is, in a sentence.")
    public String description;

    @Description("Slug of the state the actor belongs to (people, organisations, outlets).")
    public String country;

    @Description("Slug of the organisation an anonymous source speaks from.")
    public String affiliation;

    @Positive
    @Description("For an anonymous group, how many it is.")
    public Integer groupSize;

    @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 3166-1 alpha-3 code")
    @Description("ISO 3166-1 alpha-3 code, for states.")
    public String isoCode;

    @Pattern(regexp = "Q[1-9][0-9]*", message = "must be a Wikidata item id such as Q30")
    @Description("Wikidata item id.")
    public String wikidataId;

    @Description("Other names: aliases, acronyms, translations, found by actor(name:) and searchNames.")
    public List<@NonNull @Pattern(regexp = ".*\\S.*", message = "must not be blank") @Size(max = 200) String> aliases;
}
