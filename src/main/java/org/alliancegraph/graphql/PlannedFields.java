package org.alliancegraph.graphql;

import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

import io.smallrye.mutiny.Uni;

/**
 * A feature's resolvers that {@link ReadPlans} may call instead of graphql-java: a root query field, or a field of an
 * object type resolved for all the parents of one level at once (as a {@code @Source List} resolver is). Each is the
 * same method the feature's GraphQL class calls, so both ways of executing a query read the same rows. A field that is
 * not registered, or whose arguments its registration does not accept, leaves the whole operation to graphql-java.
 *
 * <p>
 * Implemented by a bean of each feature package that has such fields; only fields whose type is an object type (or a
 * list of them) are registered: a leaf's value would miss SmallRye's transformations.
 */
public interface PlannedFields {

    void register(Registry registry);

    interface Registry {

        /** A root field of Query. */
        void root(String field, Predicate<PlannedField> accepts, Root resolver);

        /**
         * A field of the object type {@code type} (its GraphQL name), resolved for many parents: one value per parent,
         * in the parents' order.
         */
        <P> void batch(String type, String field, Predicate<PlannedField> accepts, Batch<P> resolver);

        /** A root field that takes no arguments. */
        default void root(String field, Supplier<Uni<?>> resolver) {
            root(field, planned -> true, planned -> resolver.get());
        }

        /** A field of {@code type} that takes no arguments: the {@code @Source List} resolver itself. */
        default <P> void batch(String type, String field, Function<List<P>, Uni<? extends List<?>>> resolver) {
            batch(type, field, planned -> true, (List<P> parents, PlannedField planned) -> resolver.apply(parents));
        }
    }

    @FunctionalInterface
    interface Root {
        Uni<?> resolve(PlannedField field);
    }

    @FunctionalInterface
    interface Batch<P> {
        Uni<? extends List<?>> resolve(List<P> parents, PlannedField field);
    }
}
