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
import org.alliancegraph.graphql.Node;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

@Entity
@Table(name = "mission")
@Description("An operation an alliance runs: its mandate, theatre, objectives, troops and status over time.")
public class Mission extends SluggedEntity implements Node {

    @Ignore
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "alliance_id")
    public Alliance alliance;

    @NonNull
    @Description("Name in English, e.g. \"Kosovo Force\".")
    public String name;

    @Description("Acronym, e.g. \"KFOR\", \"NMI\".")
    public String acronym;

    @NonNull
    @Description("What the mission does.")
    @Enumerated(EnumType.STRING)
    public MissionKind kind;

    @NonNull
    @Description("Where it operates, e.g. \"Kosovo\", \"Iraq\".")
    public String theatre;

    @Ignore
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "theatre_actor_id")
    public Actor theatreActor;

    @Description("What authorises it, e.g. \"UN Security Council Resolution 1244 (1999)\".")
    public String mandate;

    @Ignore
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "mandate_excerpt_id")
    public Excerpt mandateSource;

    @Description("What the mission is, in a sentence.")
    public String description;

    @Description("When it was launched.")
    @Embedded
    @AttributeOverride(name = "start", column = @Column(name = "start_date"))
    @AttributeOverride(name = "precision", column = @Column(name = "start_precision"))
    public PartialDate start;

    @Ignore
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "start_excerpt_id")
    public Excerpt startSource;

    @Description("When it ended; null while it runs. Proposed ends are status changes, not this.")
    @Embedded
    @AttributeOverride(name = "start", column = @Column(name = "end_date"))
    @AttributeOverride(name = "precision", column = @Column(name = "end_precision"))
    public PartialDate end;
}
