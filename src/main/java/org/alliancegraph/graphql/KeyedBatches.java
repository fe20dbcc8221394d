package org.alliancegraph.graphql;

import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import org.dataloader.DataLoader;
import org.dataloader.DataLoaderFactory;
import org.dataloader.DataLoaderRegistry;

import io.smallrye.graphql.api.Context;
import io.smallrye.mutiny.Uni;

import graphql.execution.ExecutionStepInfo;
import graphql.schema.DataFetchingEnvironment;

/**
 * Batches a field that takes arguments. SmallRye GraphQL's {@code @Source List} batching keeps one loader per field and
 * hands every parent the first alias's arguments, so {@code a: statements(first: 2) b: statements(first: 5)} would both
 * get two. Here each distinct (field, arguments) pair has a loader of its own in the request's DataLoader registry;
 * graphql-java dispatches it once per level, so each pair costs one batch call whatever the number of parents.
 *
 * <p>
 * The resolver calling {@link #load} must not return a {@code Uni} (it has to run on SmallRye's own context to see the
 * request); the batch function runs later and reads through {@link Reads}, which opens sessions of its own.
 */
@ApplicationScoped
public class KeyedBatches {

    private final Context context;

    KeyedBatches(Context context) {
        this.context = context;
    }

    /**
     * Loads the value of the current field for one parent.
     *
     * @param parentId
     *            the parent's id
     * @param variant
     *            what else the batch depends on than the field and its arguments (what the selection joins, say)
     * @param batch
     *            loads the values for many parent ids: one per id, in the ids' order
     */
    public <V> CompletionStage<V> load(Long parentId, String variant, Function<List<Long>, Uni<List<V>>> batch) {
        DataFetchingEnvironment env = context.unwrap(DataFetchingEnvironment.class);
        String key = key(env.getExecutionStepInfo()) + " in " + key(env.getExecutionStepInfo().getParent()) + " "
                + variant;
        DataLoaderRegistry registry = env.getDataLoaderRegistry();
        DataLoader<Long, V> loader = registry.computeIfAbsent(key,
                ignored -> DataLoaderFactory.newDataLoader(
                        (List<Long> ids) -> ResolverErrors.hideInternalErrors(batch.apply(ids))
                                .subscribeAsCompletionStage()));
        return loader.load(parentId);
    }

    /**
     * A field and its arguments. The key of a loader holds the parent field's too: a field of a nested list's page (its
     * totalCount) depends on the arguments the list was asked with.
     */
    private static String key(ExecutionStepInfo step) {
        if (step == null || step.getObjectType() == null) {
            return "";
        }
        return step.getObjectType().getName() + "." + step.getFieldDefinition().getName() + step.getArguments();
    }
}
