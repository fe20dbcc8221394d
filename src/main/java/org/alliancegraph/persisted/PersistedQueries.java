package org.alliancegraph.persisted;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;

import org.alliancegraph.common.Sha256;
import org.alliancegraph.policy.DocumentAllowList;
import org.alliancegraph.policy.Refusal;
import org.alliancegraph.policy.Refusal.Kind;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.micrometer.core.instrument.Metrics;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.Tuple;

/**
 * Persisted queries, stored in the database so that every replica knows every hash; the front door asks here for the
 * document of each request that carries a hash.
 *
 * <p>
 * Automatic persisted queries (Apollo's protocol): a request may carry {@code extensions.persistedQuery.sha256Hash}.
 * With the query as well, the hash is checked and the query registered once the policy has admitted it; with the hash
 * alone (POST, or GET so that a CDN can cache the response) the registered query is the request's, or the answer is the
 * error {@code PersistedQueryNotFound} and the client sends the query again with its hash.
 *
 * <p>
 * Registration is bounded: only a document the policy admitted, of at most
 * {@code alliance.persisted-queries.max-document-size} bytes, from a client that may register
 * ({@code alliance.persisted-queries.registration}: {@code anyone}, or {@code authenticated} clients only), while the
 * table holds fewer than {@code alliance.persisted-queries.max-entries} registered documents (trusted ones not counted;
 * concurrent registrations may pass it by a few, each statement counting what it sees). A document not registered still
 * runs; its hash alone stays unknown, so the client keeps sending it whole.
 * {@code graphql_persisted_queries_not_registered_total{reason}} counts the documents turned away.
 *
 * <p>
 * Trusted documents ({@code alliance.persisted-queries.trusted-only=true}): only documents registered as trusted run
 * (the table's rows with {@code trusted}, written by the deployment from the clients' manifests); any other request is
 * refused, registration included.
 */
@ApplicationScoped
public class PersistedQueries implements DocumentAllowList {

    static final String NOT_FOUND = "PersistedQueryNotFound";

    /** Who may register a document under its hash. */
    public enum Registration {
        ANYONE,
        AUTHENTICATED
    }

    private final Pool pool;
    private final boolean trustedOnly;
    private final Registration registration;
    private final long maxDocumentBytes;
    private final int maxEntries;

    PersistedQueries(Pool pool,
            @ConfigProperty(name = "alliance.persisted-queries.trusted-only", defaultValue = "false") boolean trustedOnly,
            @ConfigProperty(name = "alliance.persisted-queries.registration") Registration registration,
            @ConfigProperty(name = "alliance.persisted-queries.max-document-size") MemorySize maxDocumentSize,
            @ConfigProperty(name = "alliance.persisted-queries.max-entries") int maxEntries) {
        this.pool = pool;
        this.trustedOnly = trustedOnly;
        this.registration = registration;
        this.maxDocumentBytes = maxDocumentSize.asLongValue();
        this.maxEntries = maxEntries;
    }

    /**
     * The document a request runs: {@code query} if it sent one, or the one registered under its hash, and whether the
     * query is to be registered under the hash once admitted ({@link #register}).
     */
    public record Resolved(String query, boolean toRegister) {
    }

    /**
     * The document of a request with this hash (lower case, or null) and query (or null), or a failure with the
     * {@link Refusal} that answers it.
     */
    public Future<Resolved> resolve(String hash, String query) {
        if (hash == null) {
            if (trustedOnly && query != null) {
                return Future.failedFuture(refusal("PERSISTED_QUERY_REQUIRED", "only trusted documents run here: "
                        + "send the hash of a registered document in extensions.persistedQuery"));
            }
            return Future.succeededFuture(new Resolved(query, false));
        }
        if (query != null) {
            if (!hash.equals(Sha256.hex(query))) {
                return Future.failedFuture(refusal("PERSISTED_QUERY_HASH_MISMATCH", "provided sha does not match "
                        + "query"));
            }
            if (!trustedOnly) {
                return Future.succeededFuture(new Resolved(query, true));
            }
            return lookUp(hash).compose(found -> found == null
                    ? Future.failedFuture(refusal("PERSISTED_QUERY_NOT_TRUSTED", "this document is not a trusted one"))
                    : Future.succeededFuture(new Resolved(found, false)));
        }
        return lookUp(hash).compose(found -> found == null
                ? Future.failedFuture(refusal("PERSISTED_QUERY_NOT_FOUND", NOT_FOUND))
                : Future.succeededFuture(new Resolved(found, false)));
    }

    @Override
    public boolean enforced() {
        return trustedOnly;
    }

    /** Whether the document is a trusted one (in trusted-documents mode; a WebSocket's operations carry no hash). */
    @Override
    public CompletionStage<Boolean> allows(String query) {
        return lookUp(Sha256.hex(query)).map(found -> found != null).toCompletionStage();
    }

    /**
     * Registers an admitted query under its hash for a client that is {@code authenticated} or not, within the limits
     * (nothing if it is registered already); the future tells whether it is registered now (under the cap, an insert
     * that conflicts met a concurrent registration of the same document).
     */
    public Future<Boolean> register(String query, boolean authenticated) {
        if (registration == Registration.AUTHENTICATED && !authenticated) {
            return notRegistered("anonymous");
        }
        if (query.getBytes(StandardCharsets.UTF_8).length > maxDocumentBytes) {
            return notRegistered("too_large");
        }
        return pool.preparedQuery("""
                with registered as (select count(*) as entries from persisted_query where not trusted),
                inserted as (
                  insert into persisted_query (sha256, document)
                  select $1, $2 from registered where entries < $3
                  on conflict do nothing
                  returning 1)
                select exists (select 1 from inserted)
                    or exists (select 1 from persisted_query where sha256 = $1)
                    or (select entries from registered) < $3
                """)
                .execute(Tuple.of(Sha256.hex(query), query, maxEntries))
                .compose(rows -> rows.iterator().next().getBoolean(0)
                        ? Future.succeededFuture(true)
                        : notRegistered("table_full"));
    }

    private static Future<Boolean> notRegistered(String reason) {
        Metrics.counter("graphql.persisted.queries.not.registered", "reason", reason).increment();
        return Future.succeededFuture(false);
    }

    /** The document registered under the hash (only a trusted one in trusted mode), or null. */
    private Future<String> lookUp(String hash) {
        return pool.preparedQuery("select document from persisted_query where sha256 = $1"
                + (trustedOnly ? " and trusted" : ""))
                .execute(Tuple.of(hash))
                .map((RowSet<Row> rows) -> rows.iterator().hasNext() ? rows.iterator().next().getString(0) : null);
    }

    private static Refusal refusal(String code, String message) {
        return Refusal.of(Kind.PERSISTED, code, message);
    }

    /** The hash in lower case, as the table keeps it. */
    public static String normalised(String hash) {
        return hash == null ? null : hash.toLowerCase(Locale.ROOT);
    }
}
