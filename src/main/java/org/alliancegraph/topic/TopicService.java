package org.alliancegraph.topic;

import jakarta.enterprise.context.ApplicationScoped;

import org.alliancegraph.common.Writes;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/** Writes of topics (the seed files define them), in the caller's transaction when there is one. */
@ApplicationScoped
public class TopicService {

    private final TopicRepository topics;

    TopicService(TopicRepository topics) {
        this.topics = topics;
    }

    /** Stores a topic over what its slug has, or as a new one. */
    public Uni<Topic> store(String slug, String name, String description, String author) {
        return Panache.withTransaction(() -> topics.find("slug", slug).firstResult().chain(found -> {
            Topic topic = found != null ? found : new Topic();
            topic.slug = slug;
            topic.name = name;
            topic.description = description;
            topic.writtenBy(author);
            return topic.id == null ? topics.persist(topic) : Writes.flush().replaceWith(topic);
        }));
    }
}
