package org.alliancegraph.seed;

import java.time.OffsetDateTime;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A seed file that is loaded, by content hash: loading the same content again is skipped. */
@Entity
@Table(name = "seed_file")
public class LoadedSeedFile {

    @Id
    public String name;

    public String sha256;

    public OffsetDateTime loadedAt;
}
