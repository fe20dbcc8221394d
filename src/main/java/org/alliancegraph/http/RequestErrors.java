package org.alliancegraph.http;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

import graphql.GraphQLError;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.schema.GraphQLSchema;
import graphql.validation.ValidationError;
import graphql.validation.Validator;

/**
 * GraphQL over HTTP for clients that accept {@code application/graphql-response+json}: a document that does not parse
 * or does not validate against the schema is a request error, answered with 400 before anything runs, each error with a
 * code ({@code GRAPHQL_PARSE_FAILED}, {@code GRAPHQL_VALIDATION_FAILED}). Clients that accept only
 * {@code application/json} keep getting 200, as that media type requires; the endpoint reports those errors itself.
 */
@ApplicationScoped
public class RequestErrors {

    private static final String GRAPHQL_RESPONSE = "application/graphql-response+json";

    private final Instance<GraphQLSchema> schema;
    private final int maxDepth;
    private final long maxCost;
    private final int maxAliases;

    RequestErrors(Instance<GraphQLSchema> schema, @ConfigProperty(name = "alliance.limits.max-depth") int maxDepth,
            @ConfigProperty(name = "alliance.limits.max-cost") long maxCost,
            @ConfigProperty(name = "alliance.limits.max-aliases") int maxAliases) {
        this.schema = schema;
        this.maxDepth = maxDepth;
        this.maxCost = maxCost;
        this.maxAliases = maxAliases;
    }

    void install(@Observes Router router) {
        router.post("/graphql").order(-90).handler(this::check);
        router.get("/graphql").order(-90).handler(this::check);
    }

    private void check(RoutingContext context) {
        String accept = context.request().getHeader("Accept");
        boolean graphqlResponse = accept != null && accept.toLowerCase(Locale.ROOT).contains(GRAPHQL_RESPONSE);
        JsonObject request = request(context);
        String query = request == null ? null : request.getString("query");
        if (query == null) {
            context.next();
            return;
        }
        Document document;
        try {
            document = Parser.parse(query);
        } catch (InvalidSyntaxException e) {
            refuseIf(graphqlResponse, context, new JsonArray().add(error(e.getMessage(), "GRAPHQL_PARSE_FAILED")));
            return;
        }
        if (context.request().method() == HttpMethod.GET && isMutation(document, request.getString("operationName"))) {
            context.response().setStatusCode(405).putHeader("Allow", "POST")
                    .putHeader("Content-Type", "application/json")
                    .end(new JsonObject().put("errors", new JsonArray().add(
                            error("a mutation must be sent with POST", "METHOD_NOT_ALLOWED"))).encode());
            return;
        }
        List<ValidationError> invalid = new Validator().validateDocument(schema.get(), document, Locale.ENGLISH);
        if (!invalid.isEmpty()) {
            JsonArray errors = new JsonArray();
            for (GraphQLError problem : invalid) {
                errors.add(error(problem.getMessage(), "GRAPHQL_VALIDATION_FAILED"));
            }
            refuseIf(graphqlResponse, context, errors);
            return;
        }
        String operationName = request.getString("operationName");
        if (operationName != null && !operationName.isEmpty() && document.getDefinitionsOfType(
                OperationDefinition.class).stream().noneMatch(operation -> operationName.equals(operation.getName()))) {
            refuseIf(graphqlResponse, context, new JsonArray().add(error("Unknown operation named '" + operationName
                    + "'.", "GRAPHQL_VALIDATION_FAILED")));
            return;
        }
        JsonObject variables = request.getJsonObject("variables");
        QueryCost cost = QueryCost.of(schema.get(), document, operationName,
                variables == null ? Map.of() : variables.getMap());
        if (cost.depth() > maxDepth) {
            refuse(graphqlResponse, context, error("the query is " + cost.depth() + " levels deep, more than "
                    + maxDepth, "QUERY_TOO_DEEP"));
        } else if (cost.cost() > maxCost) {
            refuse(graphqlResponse, context, error("the query may select " + cost.cost() + " fields, more than "
                    + maxCost + " (each field counts once per item of the pages and lists around it: ask for "
                    + "smaller pages)", "QUERY_TOO_COSTLY"));
        } else if (cost.aliases() > maxAliases) {
            refuse(graphqlResponse, context, error("the query has " + cost.aliases() + " aliases, more than "
                    + maxAliases, "QUERY_TOO_MANY_ALIASES"));
        } else {
            context.next();
        }
    }

    /** Whether the operation the request selects is a mutation (or a subscription, which GET cannot carry either). */
    static boolean isMutation(Document document, String operationName) {
        return document.getDefinitionsOfType(OperationDefinition.class).stream()
                .filter(operation -> operationName == null || operationName.equals(operation.getName()))
                .anyMatch(operation -> operation.getOperation() != OperationDefinition.Operation.QUERY);
    }

    /**
     * Answers a document that does not parse or validate itself with 400 when the client accepts
     * application/graphql-response+json; otherwise lets the endpoint answer it (200, as application/json wants).
     */
    private static void refuseIf(boolean graphqlResponse, RoutingContext context, JsonArray errors) {
        if (graphqlResponse) {
            context.response().setStatusCode(400).putHeader("Content-Type", GRAPHQL_RESPONSE + "; charset=UTF-8")
                    .end(new JsonObject().put("errors", errors).encode());
        } else {
            context.next();
        }
    }

    /** Refuses a request over a limit: 400 with application/graphql-response+json, 200 with application/json. */
    private static void refuse(boolean graphqlResponse, RoutingContext context, JsonObject error) {
        context.response().setStatusCode(graphqlResponse ? 400 : 200)
                .putHeader("Content-Type", graphqlResponse ? GRAPHQL_RESPONSE + "; charset=UTF-8" : "application/json")
                .end(new JsonObject().put("errors", new JsonArray().add(error)).encode());
    }

    /** The request: the POST body (persisted queries already put back), or GET's parameters; null if neither. */
    private static JsonObject request(RoutingContext context) {
        try {
            if (context.request().method().name().equals("GET")) {
                String variables = context.queryParams().get("variables");
                return new JsonObject().put("query", context.queryParams().get("query"))
                        .put("operationName", context.queryParams().get("operationName"))
                        .put("variables", variables == null ? null : new JsonObject(variables));
            }
            return context.body().asJsonObject();
        } catch (RuntimeException notJson) {
            return null;
        }
    }

    private static JsonObject error(String message, String code) {
        return new JsonObject().put("message", message).put("extensions", new JsonObject().put("code", code));
    }
}
