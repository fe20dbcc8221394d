package org.alliancegraph.alliance;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.alliancegraph.actor.Actor;
import org.alliancegraph.common.DomainEntity;
import org.alliancegraph.common.PartialDate;
import org.alliancegraph.document.Excerpt;

/** Membership as written: the write model; reads go through {@link MembershipView}. */
@Entity
@Table(name = "membership")
public class Membership extends DomainEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "alliance_id")
    public Alliance alliance;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "actor_id")
    public Actor actor;

    @Enumerated(EnumType.STRING)
    public MembershipStatus status;

    public String category;

    @Embedded
    @AttributeOverride(name = "start", column = @Column(name = "from_date"))
    @AttributeOverride(name = "precision", column = @Column(name = "from_precision"))
    public PartialDate from;

    @Embedded
    @AttributeOverride(name = "start", column = @Column(name = "until_date"))
    @AttributeOverride(name = "precision", column = @Column(name = "until_precision"))
    public PartialDate until;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "excerpt_id")
    public Excerpt source;
}
