package org.alliancegraph.document;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import org.alliancegraph.graphql.Conditions;
import org.alliancegraph.graphql.Node;
import org.alliancegraph.graphql.NodeReader;
import org.alliancegraph.graphql.Reads;
import org.alliancegraph.graphql.Window;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class DocumentRepository implements PanacheRepository<SourceDocument>, NodeReader {

    /** Documents are read with their outlet, which every view of a document shows beside the title. */
    private static final String VIEW = "select " + DocumentView.select("d", true) + " from SourceDocument d "
            + DocumentView.joins("d");

    private final Reads reads;

    DocumentRepository(Reads reads) {
        this.reads = reads;
    }

    /** The document to change, for writes. */
    public Uni<SourceDocument> findBySlug(String slug) {
        return find("slug", slug).firstResult();
    }

    public Uni<DocumentView> bySlug(String slug) {
        return reads.first(VIEW + "where d.slug = ?1", DocumentView::from, slug);
    }

    public Uni<DocumentView> byKey(long key) {
        return reads.first(VIEW + "where d.id = ?1", DocumentView::from, key);
    }

    /** The documents with these keys, in no particular order. */
    public Uni<List<DocumentView>> byKeys(List<Long> keys) {
        return reads.list(VIEW + "where d.id in ?1", DocumentView::from, keys);
    }

    /** A window of the documents in load order. */
    public Uni<List<DocumentView>> page(Window window) {
        Conditions where = new Conditions();
        String order = window.keyset(where, "SourceDocument", "d", null, true);
        String limit = where.parameter(window.fetchSize());
        return reads.list(VIEW + where.hql() + order + " limit " + limit, DocumentView::from, where.parameters());
    }

    @Override
    public Map<String, Function<Long, Uni<? extends Node>>> nodeTypes() {
        return Map.of("Document", this::byKey);
    }
}
