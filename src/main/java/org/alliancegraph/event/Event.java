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
import org.alliancegraph.graphql.Node;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

@Entity
@Table(name = "event")
@Description("A summit or meeting at which statements are made.")
public class Event extends SluggedEntity implements Node {

    @NonNull
    @Description("What sort of gathering it is.")
    @Enumerated(EnumType.STRING)
    public EventKind kind;

    @NonNull
    @Description("Name in English.")
    public String name;

    @Ignore
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "alliance_id")
    public Alliance alliance;

    @Description("Where it takes place, e.g. \"Ankara\".")
    public String place;

    @Ignore
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "place_actor_id")
    public Actor placeActor;

    @Description("When it starts, as precisely as known.")
    @Embedded
    @AttributeOverride(name = "start", column = @Column(name = "start_date"))
    @AttributeOverride(name = "precision", column = @Column(name = "start_precision"))
    public PartialDate start;

    @Description("When it ends, when known.")
    @Embedded
    @AttributeOverride(name = "start", column = @Column(name = "end_date"))
    @AttributeOverride(name = "precision", column = @Column(name = "end_precision"))
    public PartialDate end;

    @Description("What the event is, in a sentence.")
    public String description;

    @Ignore
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "excerpt_id")
    public Excerpt source;
}
