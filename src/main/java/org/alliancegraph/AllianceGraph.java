package org.alliancegraph;

import org.alliancegraph.seed.SeedException;
import org.alliancegraph.seed.SeedLoader;

import io.quarkus.logging.Log;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import io.quarkus.runtime.annotations.QuarkusMain;
import io.quarkus.vertx.VertxContextSupport;

/**
 * Entry point. Without arguments it runs the service; {@code load-seeds} loads the seeds into the configured database
 * and exits (status 1 when a seed file is rejected), without opening the HTTP port.
 */
@QuarkusMain
public class AllianceGraph {

    public static final String LOAD_SEEDS = "load-seeds";

    public static void main(String... args) {
        if (args.length > 0 && LOAD_SEEDS.equals(args[0])) {
            System.setProperty("quarkus.http.host-enabled", "false");
            System.setProperty("alliance.seed.on-start", "false");
            Quarkus.run(LoadSeeds.class, args);
        } else {
            Quarkus.run(args);
        }
    }

    public static class LoadSeeds implements QuarkusApplication {

        private final SeedLoader loader;

        LoadSeeds(SeedLoader loader) {
            this.loader = loader;
        }

        @Override
        public int run(String... args) throws Exception {
            try {
                VertxContextSupport.subscribeAndAwait(loader::loadAll);
                return 0;
            } catch (SeedException e) {
                Log.error(e.getMessage());
                return 1;
            } catch (Throwable e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
