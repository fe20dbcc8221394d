package org.alliancegraph.mission;

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

/** Mission status change as written: the write model; reads go through {@link MissionStatusChangeView}. */
@Entity
@Table(name = "mission_status_change")
public class MissionStatusChange extends DomainEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "mission_id")
    public Mission mission;

    @Enumerated(EnumType.STRING)
    public ChangeKind kind;

    @Enumerated(EnumType.STRING)
    public MissionStatus status;

    @Enumerated(EnumType.STRING)
    public Realisation realisation;

    @Embedded
    @AttributeOverride(name = "start", column = @Column(name = "effective_date"))
    @AttributeOverride(name = "precision", column = @Column(name = "effective_precision"))
    public PartialDate effective;

    @Enumerated(EnumType.STRING)
    public DateBound effectiveBound;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "proposed_by_id")
    public Actor proposedBy;

    /** The statement that proposed or reported the change (the statement feature refers to missions, not back). */
    @Column(name = "statement_id")
    public Long statementId;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "excerpt_id")
    public Excerpt source;
}
