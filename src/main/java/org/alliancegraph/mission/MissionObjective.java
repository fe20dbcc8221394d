package org.alliancegraph.mission;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.alliancegraph.common.DomainEntity;
import org.alliancegraph.document.Excerpt;

/** Mission objective as written: the write model; reads go through {@link MissionObjectiveView}. */
@Entity
@Table(name = "mission_objective")
public class MissionObjective extends DomainEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "mission_id")
    public Mission mission;

    public int position;

    public String text;

    public String lang;

    public String translation;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "excerpt_id")
    public Excerpt source;
}
