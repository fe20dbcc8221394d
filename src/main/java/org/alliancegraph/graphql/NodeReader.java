package org.alliancegraph.graphql;

import java.util.Map;
import java.util.function.Function;

import io.smallrye.mutiny.Uni;

/**
 * Reads the records of {@link Node} types by key, for {@code node(id:)}; each feature's repositories register theirs.
 */
public interface NodeReader {

    /** Each GraphQL type name (as in global ids) this reader knows, with how to read one record by key, or null. */
    Map<String, Function<Long, Uni<? extends Node>>> nodeTypes();
}
