package org.alliancegraph.graphql;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

import jakarta.enterprise.inject.Instance;

import org.alliancegraph.common.BadUserInputException;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import io.smallrye.mutiny.Uni;

@GraphQLApi
@MappedErrors
public class NodeApi {

    private final Map<String, Function<Long, Uni<? extends Node>>> readers = new HashMap<>();

    NodeApi(Instance<NodeReader> readers) {
        readers.forEach(reader -> this.readers.putAll(reader.nodeTypes()));
    }

    @Query("node")
    @Description("Any record by its global id, whatever its type (for client caches: Apollo, Relay, urql). Null when "
            + "there is none; a malformed id is BAD_USER_INPUT.")
    public Uni<Node> node(@NonNull @Id @Description("A global id, as in any record's id field.") String id) {
        GlobalId.Parts parts = GlobalId.decode("id", id);
        Function<Long, Uni<? extends Node>> reader = readers.get(parts.type());
        if (reader == null) {
            throw new BadUserInputException("id: no record type " + parts.type());
        }
        return reader.apply(parts.id()).map(Node.class::cast);
    }
}
