package org.alliancegraph.alliance;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.alliancegraph.actor.Actor;
import org.alliancegraph.common.PartialDate;
import org.alliancegraph.common.SluggedEntity;
import org.alliancegraph.document.Excerpt;

/** Alliance as written: the write model; reads go through {@link AllianceView}. */
@Entity
@Table(name = "alliance")
public class Alliance extends SluggedEntity {
    public String name;

    public String acronym;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id")
    public Actor organisation;

    @Embedded
    @AttributeOverride(name = "start", column = @Column(name = "founded_date"))
    @AttributeOverride(name = "precision", column = @Column(name = "founded_precision"))
    public PartialDate founded;

    public String headquarters;

    public String scope;

    public String decisionRule;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "decision_excerpt_id")
    public Excerpt decisionRuleSource;

    public String description;
}
