package org.alliancegraph.common;

import java.time.OffsetDateTime;

import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;

/**
 * A record people name and edit: a stable, human-readable key besides its id, a version for optimistic locking, and who
 * created and last changed it, and when.
 */
@MappedSuperclass
public abstract class SluggedEntity extends DomainEntity {
    public String slug;

    @Version
    public int version;

    public String createdBy;

    public OffsetDateTime createdAt;

    public String updatedBy;

    public OffsetDateTime updatedAt;

    /**
     * Records who writes the record now, and when; its first writer is also its creator. A stored record is changed by
     * this alone, so every write raises its version, even one that gives the values it had (by the same author).
     */
    public void writtenBy(String author) {
        if (createdBy == null) {
            createdBy = author;
        }
        updatedBy = author;
        updatedAt = OffsetDateTime.now();
    }

    @PrePersist
    void onCreate() {
        createdAt = OffsetDateTime.now();
        updatedAt = createdAt;
    }

    @PreUpdate
    void onUpdate() {
        updatedAt = OffsetDateTime.now();
    }
}
