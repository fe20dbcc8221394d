package org.alliancegraph.actor;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

@Input("ActorUpdateInput")
@Description("Changes to an actor: only the fields given change. Its slug and kind stay.")
public class ActorUpdate {

    @Pattern(regexp = ".*\\S.*", message = "must not be blank")
    @Size(max = 200)
    @Description("Canonical name, in English; the old one stays among the names, as an alias.")
    public String name;

    @Size(max = 2000)
    @Description("Who or what this is, in a sentence.")
    public String description;

    @Description("Slug of the state the actor belongs to.")
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

    /** Writes the given plain fields into the actor (the references are resolved by the caller). */
    void applyTo(Actor actor) {
        if (name != null) {
            actor.name = name;
        }
        if (description != null) {
            actor.description = description;
        }
        if (groupSize != null) {
            actor.groupSize = groupSize;
        }
        if (isoCode != null) {
            actor.isoCode = isoCode;
        }
        if (wikidataId != null) {
            actor.wikidataId = wikidataId;
        }
    }
}
