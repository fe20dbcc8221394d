package org.alliancegraph.common;

import jakarta.persistence.MappedSuperclass;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** A record people name: it has a stable, human-readable key besides its id. */
@MappedSuperclass
public abstract class SluggedEntity extends DomainEntity {

    @NonNull
    @Description("Stable, human-readable key: lower-case words joined by hyphens, e.g. \"nato\", \"kfor\", "
            + "\"united-states\".")
    public String slug;
}
