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
import org.alliancegraph.graphql.Node;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Entity
@Table(name = "source_document")
@Name("Document")
@Description("A source document (a news article, a communiqué) that statements and facts are traced to.")
public class SourceDocument extends SluggedEntity implements Node {

    @NonNull
    @Description("Title or headline.")
    public String title;

    @Ignore
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "outlet_id")
    public Actor outlet;

    @Description("Where the document was published, when known.")
    public String url;

    @NonNull
    @Description("BCP 47 language tag of the text, e.g. \"fr\".")
    public String language;

    @Description("When the document was published, as precisely as known.")
    @Embedded
    @AttributeOverride(name = "start", column = @Column(name = "published_date"))
    @AttributeOverride(name = "precision", column = @Column(name = "published_precision"))
    public PartialDate published;

    @NonNull
    @Description("The full text. Excerpt offsets count Unicode code points from its start.")
    @Column(name = "body")
    public String text;

    @NonNull
    @Description("SHA-256 of the text (UTF-8), lower-case hex.")
    public String textHash;
}
