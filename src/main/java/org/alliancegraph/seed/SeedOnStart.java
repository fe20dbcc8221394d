package org.alliancegraph.seed;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;

/**
 * Loads the seeds at start-up when {@code alliance.seed.on-start} is true; a bad seed file stops the start. Until they
 * are loaded, the readiness check "seeds" is DOWN, so no traffic reaches an instance whose data is not there yet.
 */
@Readiness
@ApplicationScoped
public class SeedOnStart implements HealthCheck {

    private final boolean enabled;
    private volatile boolean loaded;

    SeedOnStart(@ConfigProperty(name = "alliance.seed.on-start") boolean enabled) {
        this.enabled = enabled;
    }

    void onStart(@Observes StartupEvent event, SeedLoader loader) throws Throwable {
        if (enabled) {
            VertxContextSupport.subscribeAndAwait(loader::loadAll);
            loaded = true;
        }
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("seeds").status(!enabled || loaded).withData("onStart", enabled)
                .withData("loaded", loaded).build();
    }
}
