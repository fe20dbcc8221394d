package org.alliancegraph.policy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;

/**
 * A request refused before anything runs: its errors (each with {@code extensions.code}) and the kind of refusal, from
 * which each transport derives its answer (an HTTP status, a WebSocket {@code error} message). Thrown without a stack
 * trace: a refusal is an answer, not a failure.
 */
public final class Refusal extends RuntimeException {

    /** What kind of refusal it is; HTTP answers each with a status of its own. */
    public enum Kind {
        /** Not a GraphQL request at all (a body that is not a JSON object, variables that are not one): 400. */
        MALFORMED,
        /**
         * A GraphQL request that cannot run (does not parse or validate, is over a limit, has variables that do not
         * fit): 400 with application/graphql-response+json, 200 with application/json, as GraphQL over HTTP says.
         */
        REQUEST,
        /** An operation the transport does not carry (a subscription sent by POST; by GET it is 405 first): 400. */
        WRONG_TRANSPORT,
        /** A mutation or subscription sent with GET: 405. */
        METHOD_NOT_ALLOWED,
        /** A body of a media type other than JSON or GraphQL: 415. */
        UNSUPPORTED_MEDIA_TYPE,
        /** A response only in a media type other than JSON: 406. */
        NOT_ACCEPTABLE,
        /** The budget of cost in flight is spent: 503 with Retry-After. */
        BUSY,
        /** A persisted query or trusted document the protocol answers with an error and 200 (Apollo's). */
        PERSISTED
    }

    private final Kind kind;
    private final String code;
    private final List<Map<String, Object>> errors;

    private Refusal(Kind kind, String code, String message, List<Map<String, Object>> errors) {
        super(message, null, false, false);
        this.kind = kind;
        this.code = code;
        this.errors = errors;
    }

    /** A refusal with one error: this message and this code. */
    public static Refusal of(Kind kind, String code, String message) {
        return new Refusal(kind, code, message, List.of(error(message, code, Map.of())));
    }

    /**
     * A refusal with several errors, each in the form of the GraphQL specification (message, locations, extensions);
     * each gets the code in its extensions, beside what it has there.
     */
    public static Refusal withErrors(Kind kind, String code, List<Map<String, Object>> specified) {
        List<Map<String, Object>> errors = specified.stream().map(error -> {
            Map<String, Object> copy = new LinkedHashMap<>(error);
            @SuppressWarnings("unchecked")
            Map<String, Object> extensions = (Map<String, Object>) error.getOrDefault("extensions", Map.of());
            copy.put("extensions", withCode(extensions, code));
            return (Map<String, Object>) copy;
        }).toList();
        return new Refusal(kind, code, (String) errors.get(0).get("message"), errors);
    }

    public Kind kind() {
        return kind;
    }

    /** The code of the refusal, as in every error's {@code extensions.code}. */
    public String code() {
        return code;
    }

    /** The errors, in the form of the GraphQL specification, each with {@code extensions.code}. */
    public List<Map<String, Object>> errors() {
        return errors;
    }

    /** The errors as graphql-java's, for an operation's result. */
    @SuppressWarnings("unchecked")
    public List<GraphQLError> graphQLErrors() {
        return errors.stream().map(error -> GraphqlErrorBuilder.newError().message((String) error.get("message"))
                .extensions((Map<String, Object>) error.get("extensions")).build()).toList();
    }

    private static Map<String, Object> error(String message, String code, Map<String, Object> extensions) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("message", message);
        error.put("extensions", withCode(extensions, code));
        return error;
    }

    private static Map<String, Object> withCode(Map<String, Object> extensions, String code) {
        Map<String, Object> withCode = new LinkedHashMap<>(extensions);
        withCode.put("code", code);
        return withCode;
    }
}
