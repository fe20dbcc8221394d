package org.alliancegraph.graphql;

import jakarta.enterprise.context.ApplicationScoped;

import org.dataloader.DataLoader;
import org.dataloader.DataLoaderRegistry;

import io.smallrye.graphql.api.Context;
import io.smallrye.mutiny.Multi;

import graphql.schema.DataFetchingEnvironment;

/**
 * Each event of a subscription resolves its nested fields as a query would, from the database as it is then. A
 * subscription is one execution, so its batch loaders (SmallRye's for {@code @Source} lists, {@link KeyedBatches}')
 * would otherwise answer every later event from what they loaded for the first: a mission's {@code statusChanges}
 * frozen at the first change. Call it from the subscription's resolver itself, on SmallRye's context.
 */
@ApplicationScoped
public class EventLoads {

    private final Context context;

    EventLoads(Context context) {
        this.context = context;
    }

    /** The events, each emitted with the execution's batch loaders emptied of what earlier events loaded. */
    public <T> Multi<T> fresh(Multi<T> events) {
        DataLoaderRegistry registry = context.unwrap(DataFetchingEnvironment.class).getDataLoaderRegistry();
        return events.onItem().invoke(event -> registry.getDataLoaders().forEach(DataLoader::clearAll));
    }
}
