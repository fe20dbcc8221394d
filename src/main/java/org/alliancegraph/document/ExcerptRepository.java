package org.alliancegraph.document;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import org.alliancegraph.graphql.Node;
import org.alliancegraph.graphql.NodeReader;
import org.alliancegraph.graphql.Reads;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class ExcerptRepository implements PanacheRepository<Excerpt>, NodeReader {

    private static final String VIEW = "select " + ExcerptView.select("e") + " from Excerpt e ";

    private final Reads reads;

    ExcerptRepository(Reads reads) {
        this.reads = reads;
    }

    /** The excerpts with these keys, in no particular order. */
    public Uni<List<ExcerptView>> byKeys(List<Long> keys) {
        return reads.list(VIEW + "where e.id in ?1", ExcerptView::from, keys);
    }

    @Override
    public Map<String, Function<Long, Uni<? extends Node>>> nodeTypes() {
        return Map.of("Excerpt", this::read);
    }

    public Uni<ExcerptView> read(long key) {
        return reads.first(VIEW + "where e.id = ?1", ExcerptView::from, key);
    }
}
