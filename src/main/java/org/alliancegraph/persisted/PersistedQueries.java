package org.alliancegraph.persisted;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.Tuple;

/**
 * Persisted queries in front of the GraphQL endpoint, stored in the database so that every replica knows every hash.
 *
 * <p>
 * Automatic persisted queries (Apollo's protocol): a request may carry {@code extensions.persistedQuery.sha256Hash}.
 * With the query as well, the hash is checked and the query registered; with the hash alone (POST, or GET so that a CDN
 * can cache the response) the registered query is put back into the request, or the answer is the error
 * {@code PersistedQueryNotFound} and the client sends the query again with its hash.
 *
 * <p>
 * Trusted documents ({@code alliance.persisted-queries.trusted-only=true}): only documents registered as trusted run
 * (the table's rows with {@code trusted}, written by the deployment from the clients' manifests); any other request is
 * refused, registration included.
 */
@ApplicationScoped
public class PersistedQueries {

    static final String NOT_FOUND = "PersistedQueryNotFound";

    private final Pool pool;
    private final boolean trustedOnly;
    private final MemorySize maxBodySize;

    PersistedQueries(Pool pool,
            @ConfigProperty(name = "alliance.persisted-queries.trusted-only", defaultValue = "false") boolean trustedOnly,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize) {
        this.pool = pool;
        this.trustedOnly = trustedOnly;
        this.maxBodySize = maxBodySize;
    }

    void install(@Observes Router router) {
        router.post("/graphql").order(-110).handler(BodyHandler.create().setBodyLimit(maxBodySize.asLongValue()));
        router.post("/graphql").order(-100).handler(this::post);
        router.get("/graphql").order(-110).handler(this::get);
    }

    private void post(RoutingContext context) {
        if (!isJson(context.request().getHeader("Content-Type"))) {
            context.next();
            return;
        }
        JsonObject body;
        try {
            body = context.body().asJsonObject();
        } catch (DecodeException | ClassCastException e) {
            if (isArray(context)) {
                badRequest(context, "BATCHING_NOT_SUPPORTED", "batched requests (a JSON array of operations) are not "
                        + "accepted: send one operation per request, or select more fields in one operation");
            } else {
                badRequest(context, "BAD_REQUEST", "the body is not a JSON object");
            }
            return;
        }
        if (body == null) {
            badRequest(context, "BAD_REQUEST", "the body is empty");
            return;
        }
        if (body.getValue("query") != null && !(body.getValue("query") instanceof String)) {
            badRequest(context, "BAD_REQUEST", "query must be a string");
            return;
        }
        String hash = hashOf(body.getJsonObject("extensions"));
        if (hash == null && body.getString("query") == null) {
            badRequest(context, "BAD_REQUEST", "the body has no query");
            return;
        }
        resolve(context, hash, body.getString("query"), query -> {
            context.setBody(Buffer.buffer(body.copy().put("query", query).encode()));
            context.next();
        });
    }

    private void get(RoutingContext context) {
        String extensions = context.queryParams().get("extensions");
        String hash;
        try {
            hash = extensions == null ? null : hashOf(new JsonObject(extensions));
        } catch (DecodeException e) {
            hash = null;
        }
        resolve(context, hash, context.queryParams().get("query"), query -> {
            context.queryParams().set("query", query);
            context.next();
        });
    }

    /** Finds or registers the document of a request, then hands it on; or answers the request itself. */
    private void resolve(RoutingContext context, String hash, String query, Consumer<String> run) {
        if (hash == null) {
            if (trustedOnly && query != null) {
                refuse(context, "PERSISTED_QUERY_REQUIRED", "only trusted documents run here: send the hash of a "
                        + "registered document in extensions.persistedQuery");
                return;
            }
            context.next();
            return;
        }
        if (query != null) {
            if (!hash.equals(sha256(query))) {
                refuse(context, "PERSISTED_QUERY_HASH_MISMATCH", "provided sha does not match query");
                return;
            }
            if (trustedOnly) {
                lookUp(hash).onSuccess(found -> {
                    if (found == null) {
                        refuse(context, "PERSISTED_QUERY_NOT_TRUSTED", "this document is not a trusted one");
                    } else {
                        run.accept(found);
                    }
                }).onFailure(context::fail);
                return;
            }
            pool.preparedQuery("insert into persisted_query (sha256, document) values ($1, $2) on conflict do nothing")
                    .execute(Tuple.of(hash, query))
                    .onSuccess(done -> run.accept(query))
                    .onFailure(context::fail);
            return;
        }
        lookUp(hash).onSuccess(found -> {
            if (found == null) {
                refuse(context, "PERSISTED_QUERY_NOT_FOUND", NOT_FOUND);
            } else {
                run.accept(found);
            }
        }).onFailure(context::fail);
    }

    /** The document registered under the hash (only a trusted one in trusted mode), or null. */
    private Future<String> lookUp(String hash) {
        return pool.preparedQuery("select document from persisted_query where sha256 = $1"
                + (trustedOnly ? " and trusted" : ""))
                .execute(Tuple.of(hash))
                .map((RowSet<Row> rows) -> rows.iterator().hasNext() ? rows.iterator().next().getString(0) : null);
    }

    private static boolean isArray(RoutingContext context) {
        try {
            return context.body().asJsonArray() != null;
        } catch (DecodeException | ClassCastException notAnArray) {
            return false;
        }
    }

    private static boolean isJson(String contentType) {
        return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("application/json");
    }

    /** GraphQL over HTTP: a request that is not a well-formed GraphQL request is 400, before anything runs. */
    private static void badRequest(RoutingContext context, String code, String message) {
        context.response().setStatusCode(400).putHeader("Content-Type", "application/json")
                .end(new JsonObject().put("errors", new JsonArray().add(new JsonObject()
                        .put("message", message).put("extensions", new JsonObject().put("code", code))))
                        .encode());
    }

    private static void refuse(RoutingContext context, String code, String message) {
        context.response().setStatusCode(200).putHeader("Content-Type", "application/json")
                .end(new JsonObject().put("errors", new JsonArray().add(new JsonObject()
                        .put("message", message).put("extensions", new JsonObject().put("code", code)))).encode());
    }

    /** extensions.persistedQuery.sha256Hash in lower case, or null. */
    private static String hashOf(JsonObject extensions) {
        if (extensions == null || extensions.getJsonObject("persistedQuery") == null) {
            return null;
        }
        String hash = extensions.getJsonObject("persistedQuery").getString("sha256Hash");
        return hash == null ? null : hash.toLowerCase(Locale.ROOT);
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
