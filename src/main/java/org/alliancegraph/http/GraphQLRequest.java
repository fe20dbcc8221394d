package org.alliancegraph.http;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.alliancegraph.persisted.PersistedQueries;
import org.alliancegraph.policy.Refusal;
import org.alliancegraph.policy.Refusal.Kind;

import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.Json;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * A GraphQL request over HTTP, decoded once from a POST body or GET's parameters: the query text or the hash of a
 * persisted one (or both), the operation's name and the variables. Anything that is not a well-formed GraphQL request
 * is a {@link Refusal} ({@code BAD_REQUEST}, 400; a body of another media type, 415), never handed on.
 *
 * @param query
 *            the document's text, or null when only a hash was sent
 * @param hash
 *            {@code extensions.persistedQuery.sha256Hash} in lower case, or null
 * @param operationName
 *            the operation to run, or null
 * @param variables
 *            the variables, as JSON decodes them (maps, lists, strings, numbers, booleans, nulls)
 */
public record GraphQLRequest(String query, String hash, String operationName, Map<String, Object> variables) {

    /** A POST: {@code application/json} in UTF-8, or {@code application/graphql} (the body is the query). */
    static GraphQLRequest fromPost(String contentType, Buffer body) {
        String mediaType = mediaType(contentType);
        if ("application/graphql".equals(mediaType)) {
            return new GraphQLRequest(body == null ? "" : body.toString(), null, null, Map.of());
        }
        if (!"application/json".equals(mediaType)) {
            throw Refusal.of(Kind.UNSUPPORTED_MEDIA_TYPE, "UNSUPPORTED_MEDIA_TYPE", "a POST to /graphql is "
                    + "application/json (or application/graphql), not " + (contentType == null
                            ? "without a "
                                    + "Content-Type"
                            : contentType));
        }
        if (body == null || body.length() == 0) {
            throw malformed("the body is empty");
        }
        Object decoded;
        try {
            decoded = Json.decodeValue(body);
        } catch (DecodeException e) {
            throw malformed("the body is not JSON");
        }
        if (decoded instanceof JsonArray) {
            throw Refusal.of(Kind.MALFORMED, "BATCHING_NOT_SUPPORTED", "batched requests (a JSON array of "
                    + "operations) are not accepted: send one operation per request, or select more fields in one "
                    + "operation");
        }
        if (!(decoded instanceof JsonObject request)) {
            throw malformed("the body is not a JSON object");
        }
        Map<String, Object> fields = request.getMap();
        return of(string(fields.get("query"), "query"), string(fields.get("operationName"), "operationName"),
                object(fields.get("variables"), "variables"), object(fields.get("extensions"), "extensions"),
                "the body has no query");
    }

    /** A GET: the parameters query, operationName, variables and extensions (the last two JSON objects). */
    static GraphQLRequest fromGet(MultiMap parameters) {
        for (String name : List.of("query", "operationName", "variables", "extensions")) {
            if (parameters.getAll(name).size() > 1) {
                throw malformed("the parameter " + name + " is given more than once");
            }
        }
        return of(parameters.get("query"), parameters.get("operationName"),
                json(parameters.get("variables"), "variables"), json(parameters.get("extensions"), "extensions"),
                "the request has no query");
    }

    private static GraphQLRequest of(String query, String operationName, Map<String, Object> variables,
            Map<String, Object> extensions, String noQuery) {
        String hash = null;
        if (extensions != null && extensions.get("persistedQuery") != null) {
            Map<String, Object> persisted = object(extensions.get("persistedQuery"), "extensions.persistedQuery");
            hash = PersistedQueries.normalised(string(persisted.get("sha256Hash"),
                    "extensions.persistedQuery.sha256Hash"));
        }
        if (query == null && hash == null) {
            throw malformed(noQuery);
        }
        return new GraphQLRequest(query, hash, operationName, variables == null ? Map.of() : variables);
    }

    /**
     * The media type of a Content-Type, in lower case; null for none, for one in a charset other than UTF-8, or for a
     * list of different ones. A list of the same type is that type: SmallRye's GraphiQL sends
     * {@code application/json, application/json} (its header given twice).
     */
    static String mediaType(String contentType) {
        if (contentType == null) {
            return null;
        }
        String type = null;
        for (String value : contentType.toLowerCase(Locale.ROOT).split(",")) {
            String[] parts = value.split(";");
            for (int i = 1; i < parts.length; i++) {
                String parameter = parts[i].trim();
                if (parameter.startsWith("charset=") && !parameter.substring(8).replace("\"", "").equals("utf-8")) {
                    return null;
                }
            }
            String one = parts[0].trim();
            if (type != null && !type.equals(one)) {
                return null;
            }
            type = one;
        }
        return type;
    }

    private static String string(Object value, String name) {
        if (value == null || value instanceof String) {
            return (String) value;
        }
        throw malformed(name + " must be a string");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(Object value, String name) {
        if (value == null) {
            return null;
        }
        if (value instanceof Map<?, ?> map) {
            return (Map<String, Object>) map;
        }
        if (value instanceof JsonObject object) {
            return object.getMap();
        }
        throw malformed(name + " must be a JSON object");
    }

    private static Map<String, Object> json(String parameter, String name) {
        if (parameter == null || parameter.isEmpty()) {
            return null;
        }
        try {
            return object(Json.decodeValue(parameter), name);
        } catch (DecodeException e) {
            throw malformed(name + " must be a JSON object");
        }
    }

    private static Refusal malformed(String message) {
        return Refusal.of(Kind.MALFORMED, "BAD_REQUEST", message);
    }
}
