package org.alliancegraph.topic;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class TopicRepository implements PanacheRepository<Topic> {

    public Uni<Topic> findBySlug(String slug) {
        return find("slug", slug).firstResult();
    }

    public Uni<List<Topic>> listByName() {
        return list("order by name, id");
    }
}
