package org.alliancegraph.mission;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.alliancegraph.common.DomainEntity;
import org.alliancegraph.common.PartialDate;
import org.alliancegraph.document.Excerpt;

/** Troop strength as written: the write model; reads go through {@link TroopStrengthView}. */
@Entity
@Table(name = "troop_strength")
public class TroopStrength extends DomainEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "mission_id")
    public Mission mission;

    public int troops;

    public boolean approximate;

    @Embedded
    @AttributeOverride(name = "start", column = @Column(name = "as_of_date"))
    @AttributeOverride(name = "precision", column = @Column(name = "as_of_precision"))
    public PartialDate asOf;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "excerpt_id")
    public Excerpt source;
}
