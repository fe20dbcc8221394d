package org.alliancegraph.event;

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
public class EventRepository implements PanacheRepository<Event>, NodeReader {

    private static final String VIEW = "select " + EventView.select("e") + " from Event e ";
    private static final String BY_DATE = "e.start.start nulls last, e.id";

    private final Reads reads;

    EventRepository(Reads reads) {
        this.reads = reads;
    }

    /** The event to change, for writes. */
    public Uni<Event> findBySlug(String slug) {
        return find("slug", slug).firstResult();
    }

    public Uni<EventView> bySlug(String slug) {
        return reads.first(VIEW + "where e.slug = ?1", EventView::from, slug);
    }

    public Uni<List<EventView>> listByDate() {
        return reads.list(VIEW + "order by " + BY_DATE, EventView::from);
    }

    /** The events of the alliances, by alliance, then by date. */
    public Uni<List<EventView>> ofAlliances(List<Long> allianceIds) {
        return reads.list(VIEW + "where e.alliance.id in ?1 order by e.alliance.id, " + BY_DATE, EventView::from,
                allianceIds);
    }

    /** The events with these keys, in no particular order. */
    public Uni<List<EventView>> byKeys(List<Long> keys) {
        return reads.list(VIEW + "where e.id in ?1", EventView::from, keys);
    }

    @Override
    public Map<String, Function<Long, Uni<? extends Node>>> nodeTypes() {
        return Map.of("Event", this::read);
    }

    public Uni<EventView> read(long key) {
        return reads.first(VIEW + "where e.id = ?1", EventView::from, key);
    }
}
