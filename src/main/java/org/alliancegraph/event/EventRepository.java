package org.alliancegraph.event;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class EventRepository implements PanacheRepository<Event> {

    private static final String EVENT = "from Event e left join fetch e.alliance left join fetch e.placeActor "
            + "left join fetch e.source ";

    public Uni<Event> findBySlug(String slug) {
        return find(EVENT + "where e.slug = ?1", slug).firstResult();
    }

    public Uni<List<Event>> listByDate() {
        return list(EVENT + "order by e.start.start nulls last, e.id");
    }

    public Uni<List<Event>> ofAlliances(List<Long> allianceIds) {
        return list(EVENT + "where e.alliance.id in ?1 order by e.alliance.id, e.start.start nulls last, e.id",
                allianceIds);
    }
}
