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
import org.alliancegraph.alliance.Alliance;
import org.alliancegraph.common.PartialDate;
import org.alliancegraph.common.SluggedEntity;
import org.alliancegraph.document.Excerpt;

/** Mission as written: the write model; reads go through {@link MissionView}. */
@Entity
@Table(name = "mission")
public class Mission extends SluggedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "alliance_id")
    public Alliance alliance;

    public String name;

    public String acronym;

    @Enumerated(EnumType.STRING)
    public MissionKind kind;

    public String theatre;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "theatre_actor_id")
    public Actor theatreActor;

    public String mandate;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "mandate_excerpt_id")
    public Excerpt mandateSource;

    public String description;

    @Embedded
    @AttributeOverride(name = "start", column = @Column(name = "start_date"))
    @AttributeOverride(name = "precision", column = @Column(name = "start_precision"))
    public PartialDate start;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "start_excerpt_id")
    public Excerpt startSource;

    @Embedded
    @AttributeOverride(name = "start", column = @Column(name = "end_date"))
    @AttributeOverride(name = "precision", column = @Column(name = "end_precision"))
    public PartialDate end;
}
