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
import org.alliancegraph.graphql.Node;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;

@Entity
@Table(name = "troop_strength")
@Description("A dated figure of the troops a mission has deployed, with its source.")
public class TroopStrength extends DomainEntity implements Node {

    @Ignore
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "mission_id")
    public Mission mission;

    @Description("Number of troops.")
    public int troops;

    @Description("True when the source gives a rounded figure (\"about 4,500\").")
    public boolean approximate;

    @Description("When the figure held, as precisely as known.")
    @Embedded
    @AttributeOverride(name = "start", column = @Column(name = "as_of_date"))
    @AttributeOverride(name = "precision", column = @Column(name = "as_of_precision"))
    public PartialDate asOf;

    @Ignore
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "excerpt_id")
    public Excerpt source;
}
