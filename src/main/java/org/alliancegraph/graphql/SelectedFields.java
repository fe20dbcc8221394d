package org.alliancegraph.graphql;

/**
 * What a field's selection asks for, relative to the field: the names of the fields selected at a path ({@code ""} for
 * its own, {@code "edges/node/"} for a connection's nodes), in any fragment or alias. Read from graphql-java's
 * environment by {@link Selection}, or from a read plan's normalized field by {@link ReadPlans}.
 */
@FunctionalInterface
public interface SelectedFields {

    Fields fieldsAt(String path);
}
