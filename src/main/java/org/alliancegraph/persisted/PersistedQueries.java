package org.alliancegraph.persisted;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;

import org.alliancegraph.policy.DocumentAllowList;
import org.alliancegraph.policy.Refusal;
import org.alliancegraph.policy.Refusal.Kind;
import org.eclipse.microprofile.config.inject.ConfigProperty;

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
 * Trusted documents ({@code alliance.persisted-queries.trusted-only=true}): only documents registered as trusted run
 * (the table's rows with {@code trusted}, written by the deployment from the clients' manifests); any other request is
 * refused, registration included.
 */
@ApplicationScoped
public class PersistedQueries implements DocumentAllowList {

    static final String NOT_FOUND = "PersistedQueryNotFound";

    private final Pool pool;
    private final boolean trustedOnly;

    PersistedQueries(Pool pool,
            @ConfigProperty(name = "alliance.persisted-queries.trusted-only", defaultValue = "false") boolean trustedOnly) {
        this.pool = pool;
        this.trustedOnly = trustedOnly;
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
            if (!hash.equals(sha256(query))) {
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
        return lookUp(sha256(query)).map(found -> found != null).toCompletionStage();
    }

    /** Registers a query under its hash (nothing if it is registered already). */
    public Future<Void> register(String query) {
        return pool
                .preparedQuery("insert into persisted_query (sha256, document) values ($1, $2) on conflict do nothing")
                .execute(Tuple.of(sha256(query), query)).mapEmpty();
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

    public static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
