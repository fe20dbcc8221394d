package org.alliancegraph.document;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

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

    public Uni<List<SourceDocument>> listInLoadOrder() {
        return list(DOCUMENT + "order by d.id");
    }
}
