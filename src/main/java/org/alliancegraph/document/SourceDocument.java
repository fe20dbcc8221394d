package org.alliancegraph.document;

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

/** Source document as written: the write model; reads go through {@link DocumentView}. */
@Entity
@Table(name = "source_document")
public class SourceDocument extends SluggedEntity {
    public String title;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "outlet_id")
    public Actor outlet;

    public String url;

    public String language;

    @Embedded
    @AttributeOverride(name = "start", column = @Column(name = "published_date"))
    @AttributeOverride(name = "precision", column = @Column(name = "published_precision"))
    public PartialDate published;

    @Column(name = "body")
    public String text;

    public String textHash;
}
