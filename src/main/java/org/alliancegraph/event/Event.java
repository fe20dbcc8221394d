package org.alliancegraph.event;

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

/** Event as written: the write model; reads go through {@link EventView}. */
@Entity
@Table(name = "event")
public class Event extends SluggedEntity {

    @Enumerated(EnumType.STRING)
    public EventKind kind;

    public String name;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "alliance_id")
    public Alliance alliance;

    public String place;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "place_actor_id")
    public Actor placeActor;

    @Embedded
    @AttributeOverride(name = "start", column = @Column(name = "start_date"))
    @AttributeOverride(name = "precision", column = @Column(name = "start_precision"))
    public PartialDate start;

    @Embedded
    @AttributeOverride(name = "start", column = @Column(name = "end_date"))
    @AttributeOverride(name = "precision", column = @Column(name = "end_precision"))
    public PartialDate end;

    public String description;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "excerpt_id")
    public Excerpt source;
}
