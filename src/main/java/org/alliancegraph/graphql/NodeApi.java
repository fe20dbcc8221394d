package org.alliancegraph.graphql;

import org.alliancegraph.common.NodeTypes;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

@GraphQLApi
@ResolverSession
public class NodeApi {

    @Query("node")
    @Description("Any record by its global id, whatever its type (for client caches: Apollo, Relay, urql). Null when "
            + "there is none; a malformed id is BAD_USER_INPUT.")
    public Uni<Node> node(@NonNull @Id @Description("A global id, as in any record's id field.") String id) {
        GlobalId.Parts parts = GlobalId.decode("id", id);
        var type = NodeTypes.typeOf(parts.type());
        return Panache.getSession().chain(session -> session.find(type, parts.id())).map(Node.class::cast);
    }
}
