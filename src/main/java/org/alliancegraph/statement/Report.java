package org.alliancegraph.statement;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.alliancegraph.actor.Actor;
import org.alliancegraph.common.DomainEntity;
import org.alliancegraph.document.Excerpt;
import org.alliancegraph.document.SourceDocument;
import org.alliancegraph.graphql.Node;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;

@Entity
@Table(name = "report")
@Description("A document's account of a statement: the supporting excerpt, the outlet that reported it and whom "
        + "that outlet cites (\"Politico, citing two NATO diplomats\").")
public class Report extends DomainEntity implements Node {

    @Ignore
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "statement_id")
    public Statement statement;

    @Ignore
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "document_id")
    public SourceDocument document;

    @Ignore
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "excerpt_id")
    public Excerpt excerpt;

    @Ignore
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "reporting_outlet_id")
    public Actor reportedBy;
}
