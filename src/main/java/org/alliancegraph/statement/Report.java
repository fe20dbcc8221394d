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

/** Report as written: the write model; reads go through {@link ReportView}. */
@Entity
@Table(name = "report")
public class Report extends DomainEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "statement_id")
    public Statement statement;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "document_id")
    public SourceDocument document;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "excerpt_id")
    public Excerpt excerpt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "reporting_outlet_id")
    public Actor reportedBy;
}
