package org.alliancegraph.seed;

import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;

/**
 * Loads the seeds at start-up when {@code alliance.seed.on-start} is true; a bad seed file stops the start. Quarkus
 * opens the HTTP port only once the start-up observers are done, so an instance answers (and is ready) only with its
 * seeds loaded.
 */
public class SeedOnStart {

    void onStart(@Observes StartupEvent event, SeedLoader loader,
            @ConfigProperty(name = "alliance.seed.on-start") boolean enabled) throws Throwable {
        if (enabled) {
            VertxContextSupport.subscribeAndAwait(loader::loadAll);
        }
    }
}
