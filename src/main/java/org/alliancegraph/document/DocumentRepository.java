package org.alliancegraph.document;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.alliancegraph.graphql.Conditions;
import org.alliancegraph.graphql.Window;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class DocumentRepository implements PanacheRepository<SourceDocument> {

    private static final String DOCUMENT = "from SourceDocument d left join fetch d.outlet ";

    public Uni<SourceDocument> findByIdWithOutlet(long id) {
        return find(DOCUMENT + "where d.id = ?1", id).firstResult();
    }

    public Uni<SourceDocument> findBySlug(String slug) {
        return find(DOCUMENT + "where d.slug = ?1", slug).firstResult();
    }

    /** A window of the documents in load order. */
    public Uni<List<SourceDocument>> page(Window window) {
        Conditions where = new Conditions();
        String order = window.keyset(where, "SourceDocument", "d", null, true);
        return find(DOCUMENT + where.hql() + order, where.parameters()).range(0, window.fetchSize() - 1).list();
    }
}
