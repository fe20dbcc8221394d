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
import org.alliancegraph.graphql.Node;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

@Entity
@Table(name = "alliance")
@Description("A military or political alliance, its members and partners, and the missions it runs.")
public class Alliance extends SluggedEntity implements Node {

    @NonNull
    @Description("Canonical name, in English.")
    public String name;

    @Description("Main acronym in English, e.g. \"NATO\"; other acronyms (\"OTAN\") are among the names.")
    public String acronym;

    @Ignore
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id")
    public Actor organisation;

    @Description("When the alliance was founded.")
    @Embedded
    @AttributeOverride(name = "start", column = @Column(name = "founded_date"))
    @AttributeOverride(name = "precision", column = @Column(name = "founded_precision"))
    public PartialDate founded;

    @Description("Where its headquarters are.")
    public String headquarters;

    @Description("What it covers, e.g. \"Euro-Atlantic collective defence\".")
    public String scope;

    @Description("How it decides, e.g. \"Consensus of all member states\".")
    public String decisionRule;

    @Ignore
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "decision_excerpt_id")
    public Excerpt decisionRuleSource;

    @Description("What the alliance is, in a sentence.")
    public String description;
}
