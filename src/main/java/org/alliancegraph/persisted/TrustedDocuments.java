package org.alliancegraph.persisted;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.alliancegraph.common.Sha256;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;

/**
 * Registers the trusted documents of a persisted-query manifest at start (Apollo's format: {@code operations} of
 * {@code id} and {@code body}; {@code alliance.persisted-queries.manifest}). Every operation's id must be the SHA-256
 * of its body: a manifest with one that is not stops the start.
 */
@ApplicationScoped
public class TrustedDocuments {

    private final Pool pool;
    private final Optional<Path> manifest;

    TrustedDocuments(Pool pool,
            @ConfigProperty(name = "alliance.persisted-queries.manifest") Optional<Path> manifest) {
        this.pool = pool;
        this.manifest = manifest;
    }

    void register(@Observes StartupEvent start) throws IOException {
        if (manifest.isEmpty()) {
            return;
        }
        List<Tuple> documents = read(Files.readString(manifest.get()));
        pool.preparedQuery("insert into persisted_query (sha256, document, trusted) values ($1, $2, true) "
                + "on conflict (sha256) do update set trusted = true")
                .executeBatch(documents)
                .toCompletionStage().toCompletableFuture().join();
        Log.infof("Trusted documents: %d from %s", documents.size(), manifest.get());
    }

    /** The (hash, document) pairs of a manifest, each hash checked against its document. */
    static List<Tuple> read(String manifest) {
        JsonArray operations = new JsonObject(manifest).getJsonArray("operations", new JsonArray());
        List<Tuple> documents = new ArrayList<>();
        for (int i = 0; i < operations.size(); i++) {
            JsonObject operation = operations.getJsonObject(i);
            String body = operation.getString("body");
            String id = operation.getString("id");
            if (body == null || id == null || !id.equals(Sha256.hex(body))) {
                throw new IllegalArgumentException("persisted-query manifest: operations[" + i + "] needs an id that "
                        + "is the SHA-256 of its body");
            }
            documents.add(Tuple.of(id, body));
        }
        return documents;
    }
}
