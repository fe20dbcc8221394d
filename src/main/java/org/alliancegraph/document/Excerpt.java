package org.alliancegraph.document;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.alliancegraph.common.DomainEntity;
import org.alliancegraph.graphql.Node;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

@Entity
@Table(name = "excerpt")
@Description("A span of a source document: the sentence that supports a statement or a fact.")
public class Excerpt extends DomainEntity implements Node {

    @Ignore
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "document_id")
    public SourceDocument document;

    @Description("Offset of the first character, in Unicode code points from the start of the document.")
    @Column(name = "start_offset")
    public int start;

    @Description("Offset just past the last character (exclusive), in Unicode code points.")
    @Column(name = "end_offset")
    public int end;

    @NonNull
    @Description("The text of the span, exactly as in the document.")
    public String text;
}
