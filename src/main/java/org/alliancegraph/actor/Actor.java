package org.alliancegraph.actor;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.alliancegraph.common.SluggedEntity;
import org.alliancegraph.graphql.Node;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

@Entity
@Table(name = "actor")
@Description("Someone who acts, speaks or is spoken of: a state, a person, an organisation, an outlet, an anonymous source.")
public class Actor extends SluggedEntity implements Node {

    @NonNull
    @Description("What sort of actor this is.")
    @Enumerated(EnumType.STRING)
    public ActorKind kind;

    @NonNull
    @Description("Canonical name, in English.")
    public String name;

    @Description("Who or what this is, in a sentence.")
    public String description;

    @Ignore
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "country_id")
    public Actor country;

    @Ignore
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "affiliation_id")
    public Actor affiliation;

    @Description("For an anonymous group, how many it is when the source says (\"two NATO diplomats\": 2).")
    public Integer groupSize;

    @Description("ISO 3166-1 alpha-3 code, for states.")
    public String isoCode;

    @Description("Wikidata item id (QID), e.g. \"Q30\" for the United States.")
    public String wikidataId;

    /**
     * The field that does not fit the actor's kind, with why, or null when all fit: only an ANONYMOUS_GROUP has a group
     * size, only a STATE an ISO code.
     */
    public Misfit kindMisfit() {
        if (groupSize != null && kind != ActorKind.ANONYMOUS_GROUP) {
            return new Misfit("groupSize", "only an ANONYMOUS_GROUP has a group size");
        }
        if (isoCode != null && kind != ActorKind.STATE) {
            return new Misfit("isoCode", "only a STATE has an ISO code");
        }
        return null;
    }

    /** A field that does not fit the actor's kind. */
    public record Misfit(String field, String problem) {
    }
}
