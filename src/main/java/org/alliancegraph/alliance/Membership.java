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
import org.alliancegraph.graphql.Node;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

@Entity
@Table(name = "membership")
@Description("A state's belonging to an alliance over a period: member, partner, aspirant or withdrawn.")
public class Membership extends DomainEntity implements Node {

    @Ignore
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "alliance_id")
    public Alliance alliance;

    @Ignore
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "actor_id")
    public Actor actor;

    @NonNull
    @Description("How the actor belongs.")
    @Enumerated(EnumType.STRING)
    public MembershipStatus status;

    @Description("Finer grouping, e.g. \"founding member\", \"Indo-Pacific partner\".")
    public String category;

    @Description("Since when (accession date for members); null when not recorded.")
    @Embedded
    @AttributeOverride(name = "start", column = @Column(name = "from_date"))
    @AttributeOverride(name = "precision", column = @Column(name = "from_precision"))
    public PartialDate from;

    @Description("Until when; null while it lasts.")
    @Embedded
    @AttributeOverride(name = "start", column = @Column(name = "until_date"))
    @AttributeOverride(name = "precision", column = @Column(name = "until_precision"))
    public PartialDate until;

    @Ignore
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "excerpt_id")
    public Excerpt source;
}
