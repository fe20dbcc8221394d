package org.alliancegraph.graphql;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.graphql.api.Context;

import graphql.schema.DataFetchingEnvironment;

/**
 * What the current field's selection asks for, so that a resolver reads only that (a reference joined only when it is
 * selected). Call it from the resolver itself, on SmallRye's context, not from a later callback.
 */
@ApplicationScoped
public class Selection {

    private final Context context;

    Selection(Context context) {
        this.context = context;
    }

    /**
     * Whether the current field selects this path, relative to it (e.g. {@code "edges/node/speaker"}), in any fragment
     * or alias.
     */
    public boolean has(String path) {
        return context.unwrap(DataFetchingEnvironment.class).getSelectionSet().contains(path);
    }
}
