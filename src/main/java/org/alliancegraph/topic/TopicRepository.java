package org.alliancegraph.topic;

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
public class TopicRepository implements PanacheRepository<Topic>, NodeReader {

    private static final String VIEW = "select " + TopicView.select("t") + " from Topic t ";

    private final Reads reads;

    TopicRepository(Reads reads) {
        this.reads = reads;
    }

    public Uni<TopicView> bySlug(String slug) {
        return reads.first(VIEW + "where t.slug = ?1", TopicView::from, slug);
    }

    public Uni<List<TopicView>> listByName() {
        return reads.list(VIEW + "order by t.name, t.id", TopicView::from);
    }

    @Override
    public Map<String, Function<Long, Uni<? extends Node>>> nodeTypes() {
        return Map.of("Topic", key -> reads.first(VIEW + "where t.id = ?1", TopicView::from, key));
    }
}
