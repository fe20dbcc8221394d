package org.alliancegraph.common;

import java.time.OffsetDateTime;

import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * A record people name and edit: a stable, human-readable key besides its id, a version for optimistic locking, and who
 * created and last changed it, and when.
 */
@MappedSuperclass
public abstract class SluggedEntity extends DomainEntity {

    @NonNull
    @Description("Stable, human-readable key: lower-case words joined by hyphens, e.g. \"nato\", \"kfor\", "
            + "\"united-states\".")
    public String slug;

    @Version
    @NonNull
    @Description("Revision of the record, raised by every change. An update names the version it was made from "
            + "(expectedVersion); if the record changed since, the update is refused with CONFLICT.")
    public int version;

    @NonNull
    @Description("Who created the record: the user of the editor's token, or \"seed\" for records from seeds/.")
    public String createdBy;

    @NonNull
    @Description("When the record was created.")
    public OffsetDateTime createdAt;

    @NonNull
    @Description("Who last changed the record.")
    public String updatedBy;

    @NonNull
    @Description("When the record last changed.")
    public OffsetDateTime updatedAt;

    /** Records who writes the record now; its first writer is also its creator. */
    public void writtenBy(String author) {
        if (createdBy == null) {
            createdBy = author;
        }
        updatedBy = author;
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
