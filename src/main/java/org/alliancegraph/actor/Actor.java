package org.alliancegraph.actor;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.alliancegraph.common.SluggedEntity;

/** An actor as written: the write model; reads go through {@link ActorView}. */
@Entity
@Table(name = "actor")
public class Actor extends SluggedEntity {

    @Enumerated(EnumType.STRING)
    public ActorKind kind;

    public String name;

    public String description;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "country_id")
    public Actor country;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "affiliation_id")
    public Actor affiliation;

    public Integer groupSize;

    public String isoCode;

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
