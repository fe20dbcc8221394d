package org.alliancegraph.document;

import jakarta.enterprise.context.ApplicationScoped;

import org.alliancegraph.actor.Actor;
import org.alliancegraph.common.Place;
import org.alliancegraph.common.Sha256;
import org.alliancegraph.common.Writes;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Writes of a source document and its excerpts, in the caller's transaction (a seed file's or ingestDocument's): a text
 * is stored once, under one slug; storing a document again replaces its excerpts.
 */
@ApplicationScoped
public class DocumentService {

    private final DocumentRepository documents;

    DocumentService(DocumentRepository documents) {
        this.documents = documents;
    }

    /**
     * Stores the document over what its slug has (or as a new one), without the excerpts it had; BAD_USER_INPUT on the
     * slug when another document has the same text.
     */
    public Uni<SourceDocument> store(DocumentData data, String author, Place at) {
        String textHash = Sha256.hex(data.text());
        return Panache.withTransaction(() -> Panache.getSession().chain(session -> session
                .createSelectionQuery("select slug from SourceDocument where textHash = ?1 and slug <> ?2",
                        String.class)
                .setParameter(1, textHash).setParameter(2, data.slug())
                .getSingleResultOrNull()
                .invoke(other -> {
                    if (other != null) {
                        throw at.invalid("slug", "this text is stored already, as the document \"" + other + "\"");
                    }
                })
                .chain(() -> documents.findBySlug(data.slug()))
                .map(found -> found != null ? found : new SourceDocument())
                .chain(document -> {
                    document.slug = data.slug();
                    document.title = data.title();
                    document.url = data.url();
                    document.language = data.language();
                    document.published = at.date("published", data.published());
                    document.text = data.text();
                    document.textHash = textHash;
                    document.writtenBy(author);
                    return at.reference(Actor.class, "outlet", data.outlet())
                            .invoke(outlet -> document.outlet = outlet)
                            .chain(() -> document.id == null ? documents.persist(document) : Writes.flush())
                            .chain(() -> Writes.deleteChildren(Excerpt.class, "document", document))
                            .replaceWith(document);
                })));
    }

    /**
     * The excerpt of the document between these offsets (code points), stored the first time it is asked for.
     *
     * @param text
     *            the excerpt's text, which the caller found at those offsets
     */
    public Uni<Excerpt> excerpt(SourceDocument document, int start, int end, String text) {
        return Panache.getSession().chain(session -> session
                .createSelectionQuery("from Excerpt where document = ?1 and start = ?2 and end = ?3", Excerpt.class)
                .setParameter(1, document).setParameter(2, start).setParameter(3, end)
                .getSingleResultOrNull()
                .chain(found -> {
                    if (found != null) {
                        return Uni.createFrom().item(found);
                    }
                    Excerpt excerpt = new Excerpt();
                    excerpt.document = document;
                    excerpt.start = start;
                    excerpt.end = end;
                    excerpt.text = text;
                    return session.persist(excerpt).replaceWith(excerpt);
                }));
    }
}
