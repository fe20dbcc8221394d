package org.alliancegraph.topic;

import java.util.List;

import org.alliancegraph.graphql.Batches;
import org.alliancegraph.graphql.References;
import org.alliancegraph.graphql.ResolverSession;
import org.alliancegraph.statement.StatementRepository;
import org.alliancegraph.statement.StatementSubject;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import io.smallrye.mutiny.Uni;

@GraphQLApi
@ResolverSession
public class TopicApi {

    private final TopicRepository topics;
    private final StatementRepository statements;

    TopicApi(TopicRepository topics, StatementRepository statements) {
        this.topics = topics;
        this.statements = statements;
    }

    @Query("topic")
    @Description("One topic by slug, e.g. \"out-of-area-missions\". Null when there is none.")
    public Uni<Topic> topic(@NonNull @Description("Slug of the topic.") String slug) {
        return topics.findBySlug(slug);
    }

    @Query("topics")
    @Description("All topics, by name.")
    public Uni<@NonNull List<@NonNull Topic>> topics() {
        return topics.listByName();
    }

    @NonNull
    @Description("Statements about the topic, each with the speaker's stance towards it.")
    public Uni<List<@NonNull List<@NonNull StatementSubject>>> discussedIn(@Source List<Topic> parents) {
        return statements.discussing("topic", Batches.ids(parents))
                .map(ss -> Batches.group(parents, p -> p.id, ss, s -> References.idOf(s.topic)));
    }
}
