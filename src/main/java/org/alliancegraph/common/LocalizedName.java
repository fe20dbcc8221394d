package org.alliancegraph.common;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;

/** A name of an actor or an alliance in one language, with its lookup key. */
@MappedSuperclass
public abstract class LocalizedName extends DomainEntity {
    public String name;

    public String lang;

    @Enumerated(EnumType.STRING)
    public NameKind kind;

    @Column(name = "name_key")
    public String nameKey;

    @PrePersist
    @PreUpdate
    void computeKey() {
        nameKey = Names.key(name);
    }
}
