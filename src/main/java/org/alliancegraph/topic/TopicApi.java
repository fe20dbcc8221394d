package org.alliancegraph.topic;

import java.util.List;

import org.alliancegraph.graphql.MappedErrors;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import io.smallrye.mutiny.Uni;

@GraphQLApi
@MappedErrors
public class TopicApi {

    private final TopicRepository topics;

    TopicApi(TopicRepository topics) {
        this.topics = topics;
    }

    @Query("topic")
    @Description("One topic by slug, e.g. \"out-of-area-missions\". Null when there is none.")
    public Uni<TopicView> topic(@NonNull @Description("Slug of the topic.") String slug) {
        return topics.bySlug(slug);
    }

    @Query("topics")
    @Description("All topics, by name.")
    public Uni<@NonNull List<@NonNull TopicView>> topics() {
        return topics.listByName();
    }
}
