package org.alliancegraph.common;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

/** A name of an actor or an alliance in one language, with its lookup key. */
@MappedSuperclass
public abstract class LocalizedName extends DomainEntity {

    @NonNull
    @Description("The name as written.")
    public String name;

    @Description("BCP 47 language tag of the name; null for a name used as is in every language.")
    public String lang;

    @NonNull
    @Description("What the name is: canonical, translation, acronym, alias, metonym or spelling variant.")
    @Enumerated(EnumType.STRING)
    public NameKind kind;

    @Ignore
    @Column(name = "name_key")
    public String nameKey;

    @PrePersist
    @PreUpdate
    void computeKey() {
        nameKey = Names.key(name);
    }
}
