package org.alliancegraph.graphql;

import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.graphql.api.Context;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.SelectedField;

/**
 * What the current field's selection asks for, so that a resolver reads only that (a reference joined only when it is
 * selected). Call it from the resolver itself, on SmallRye's context, not from a later callback.
 */
@ApplicationScoped
public class Selection implements SelectedFields {

    private final Context context;

    Selection(Context context) {
        this.context = context;
    }

    /**
     * The fields the current field selects at this path, relative to it ({@code ""} for its own, {@code "edges/node/"}
     * for a connection's nodes), in any fragment or alias.
     */
    @Override
    public Fields fieldsAt(String path) {
        return Fields.of(context.unwrap(DataFetchingEnvironment.class).getSelectionSet().getFields(path + "*")
                .stream().map(SelectedField::getName).collect(Collectors.toSet()));
    }
}
