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
import org.alliancegraph.graphql.Node;
import org.alliancegraph.statement.Statement;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

@Entity
@Table(name = "mission_status_change")
@Description("A change in a mission's status, taken place or proposed, with who proposed it and on which statement.")
public class MissionStatusChange extends DomainEntity implements Node {

    @Ignore
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "mission_id")
    public Mission mission;

    @NonNull
    @Description("What the change does.")
    @Enumerated(EnumType.STRING)
    public ChangeKind kind;

    @NonNull
    @Description("The status the mission has after the change.")
    @Enumerated(EnumType.STRING)
    public MissionStatus status;

    @NonNull
    @Description("Whether the change took place or was only proposed.")
    @Enumerated(EnumType.STRING)
    public Realisation realisation;

    @Description("When the change takes or took effect, as precisely as known.")
    @Embedded
    @AttributeOverride(name = "start", column = @Column(name = "effective_date"))
    @AttributeOverride(name = "precision", column = @Column(name = "effective_precision"))
    public PartialDate effective;

    @NonNull
    @Description("Whether the effective date is the date itself or a deadline (\"by September 2026\").")
    @Enumerated(EnumType.STRING)
    public DateBound effectiveBound;

    @Ignore
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "proposed_by_id")
    public Actor proposedBy;

    @Ignore
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "statement_id")
    public Statement statement;

    @Ignore
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "excerpt_id")
    public Excerpt source;
}
