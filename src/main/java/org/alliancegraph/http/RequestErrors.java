package org.alliancegraph.http;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.micrometer.core.instrument.Metrics;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

import graphql.GraphQLContext;
import graphql.GraphQLError;
import graphql.GraphQLException;
import graphql.execution.RawVariables;
import graphql.execution.ValuesResolver;
import graphql.language.Document;
import graphql.language.ListType;
import graphql.language.NonNullType;
import graphql.language.OperationDefinition;
import graphql.language.Type;
import graphql.language.TypeName;
import graphql.language.VariableDefinition;
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
    private final CostInFlight inFlight;
    /**
     * Documents parsed and validated, by their text: clients send the same few documents again and again (a dashboard
     * many times a minute), and parsing and validating one costs more than the rest of these checks. Bounded by an
     * estimate of their size in memory (about 16 bytes of syntax tree per character, so at most some 32 MB, whatever
     * the documents clients send) and by their number; a document and its errors are immutable, so they are shared.
     */
    private final Cache<String, Checked> documents = Caffeine.newBuilder().maximumWeight(32_000_000)
            .weigher((String query, Checked checked) -> 16 * query.length() + 1_000).build();

    RequestErrors(Instance<GraphQLSchema> schema, @ConfigProperty(name = "alliance.limits.max-depth") int maxDepth,
            @ConfigProperty(name = "alliance.limits.max-cost") long maxCost,
            @ConfigProperty(name = "alliance.limits.max-aliases") int maxAliases, CostInFlight inFlight) {
        this.schema = schema;
        this.maxDepth = maxDepth;
        this.maxCost = maxCost;
        this.maxAliases = maxAliases;
        this.inFlight = inFlight;
    }

    void install(@Observes Router router) {
        router.post("/graphql").order(-90).handler(this::check);
        router.get("/graphql").order(-90).handler(this::check);
    }

    private void check(RoutingContext context) {
        String accept = context.request().getHeader("Accept");
        boolean graphqlResponse = accept != null && accept.toLowerCase(Locale.ROOT).contains(GRAPHQL_RESPONSE);
        JsonObject request;
        try {
            request = request(context);
        } catch (RuntimeException notJson) {
            answer(context, 400, false, error("variables must be a JSON object", "BAD_REQUEST"));
            return;
        }
        String query = request == null ? null : request.getString("query");
        if (query == null) {
            context.next();
            return;
        }
        // An empty operationName selects nothing: GraphQL engines treat it as absent, and so does every check here.
        String named = request.getString("operationName");
        String operationName = named == null || named.isEmpty() ? null : named;
        Checked checked = documents.get(query, this::parseAndValidate);
        if (checked.syntaxError() != null) {
            refuseIf(graphqlResponse, context, new JsonArray().add(error(checked.syntaxError(),
                    "GRAPHQL_PARSE_FAILED")));
            return;
        }
        Document document = checked.document();
        if (context.request().method() == HttpMethod.GET && isMutation(document, operationName)) {
            context.response().putHeader("Allow", "POST");
            answer(context, 405, false, error("a mutation must be sent with POST", "METHOD_NOT_ALLOWED"));
            return;
        }
        if (!checked.invalid().isEmpty()) {
            JsonArray errors = new JsonArray();
            for (GraphQLError problem : checked.invalid()) {
                errors.add(error(problem.getMessage(), "GRAPHQL_VALIDATION_FAILED"));
            }
            refuseIf(graphqlResponse, context, errors);
            return;
        }
        if (operationName != null && document.getDefinitionsOfType(
                OperationDefinition.class).stream().noneMatch(operation -> operationName.equals(operation.getName()))) {
            refuseIf(graphqlResponse, context, new JsonArray().add(error("Unknown operation named '" + operationName
                    + "'.", "GRAPHQL_VALIDATION_FAILED")));
            return;
        }
        JsonObject variables = request.getJsonObject("variables");
        Map<String, Object> values = variables == null ? Map.of() : variables.getMap();
        String invalidVariables = graphqlResponse ? invalidVariables(document, operationName, values) : null;
        if (invalidVariables != null) {
            refuse(true, context, error(invalidVariables, "BAD_USER_INPUT"));
            return;
        }
        QueryCost cost = QueryCost.of(schema.get(), document, operationName, values);
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
            Object lease = inFlight.tryAcquire(cost.cost());
            if (lease == null) {
                JsonObject busy = error("the service is busy with costly operations: retry shortly", "SERVER_BUSY");
                count(busy);
                context.response().putHeader("Retry-After", "1");
                answer(context, 503, false, busy);
                return;
            }
            // Given back when the response's headers go out (the execution is over) or when the response is disposed.
            context.addHeadersEndHandler(headers -> inFlight.release(lease));
            context.addEndHandler(ended -> inFlight.release(lease));
            context.next();
        }
    }

    /** A document as parsed and validated against the schema: its syntax error, or its validation errors (if any). */
    record Checked(Document document, String syntaxError, List<ValidationError> invalid) {
    }

    private Checked parseAndValidate(String query) {
        try {
            Document document = Parser.parse(query);
            return new Checked(document, null,
                    List.copyOf(new Validator().validateDocument(schema.get(), document, Locale.ENGLISH)));
        } catch (InvalidSyntaxException e) {
            return new Checked(null, e.getMessage(), List.of());
        }
    }

    /**
     * Why the variables do not fit the operation's variable definitions (a wrong type, a missing non-null value), or
     * null if they do or the operation is not one, so that a client of application/graphql-response+json gets the 400
     * that GraphQL over HTTP asks for. SmallRye's built-in scalars accept a value of any type here (and fail later, as
     * a field error), so those are checked as the specification's scalars would; graphql-java coerces the rest (missing
     * non-null values, enums, input objects).
     */
    private String invalidVariables(Document document, String operationName, Map<String, Object> values) {
        List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class).stream()
                .filter(operation -> operationName == null || operationName.equals(operation.getName()))
                .toList();
        if (operations.size() != 1) {
            return null;
        }
        for (VariableDefinition definition : operations.get(0).getVariableDefinitions()) {
            String mismatch = scalarMismatch(definition.getName(), definition.getType(),
                    values.get(definition.getName()));
            if (mismatch != null) {
                return mismatch;
            }
        }
        try {
            ValuesResolver.coerceVariableValues(schema.get(), operations.get(0).getVariableDefinitions(),
                    RawVariables.of(values), GraphQLContext.getDefault(), Locale.ENGLISH);
            return null;
        } catch (GraphQLException e) {
            // A wrong type, a missing non-null value, an input field the type does not have, a broken @oneOf.
            return e.getMessage();
        }
    }

    /**
     * Why a value does not fit a variable of a built-in scalar type (or a list of them), as graphql-java's own scalars
     * would say; null if it fits or the type is not a built-in scalar.
     */
    static String scalarMismatch(String variable, Type<?> type, Object value) {
        if (value == null) {
            return null;
        }
        if (type instanceof NonNullType nonNull) {
            return scalarMismatch(variable, nonNull.getType(), value);
        }
        if (type instanceof ListType list) {
            if (value instanceof Iterable<?> items) {
                for (Object item : items) {
                    String mismatch = scalarMismatch(variable, list.getType(), item);
                    if (mismatch != null) {
                        return mismatch;
                    }
                }
                return null;
            }
            return scalarMismatch(variable, list.getType(), value);
        }
        String name = ((TypeName) type).getName();
        boolean fits = switch (name) {
            case "Int" -> (value instanceof Integer || value instanceof Long || value instanceof Short)
                    && ((Number) value).longValue() == ((Number) value).intValue();
            case "Float" -> value instanceof Number;
            case "String" -> value instanceof String;
            case "ID" -> value instanceof String || value instanceof Integer || value instanceof Long;
            case "Boolean" -> value instanceof Boolean;
            default -> true;
        };
        return fits
                ? null
                : "Variable '" + variable + "' has an invalid value: expected a value of type '" + name
                        + "' but it was a '" + value.getClass().getSimpleName() + "'";
    }

    /** Whether the operation the request selects is a mutation (or a subscription, which GET cannot carry either). */
    static boolean isMutation(Document document, String operationName) {
        return document.getDefinitionsOfType(OperationDefinition.class).stream()
                .filter(operation -> operationName == null || operationName.equals(operation.getName()))
                .anyMatch(operation -> operation.getOperation() != OperationDefinition.Operation.QUERY);
    }

    /**
     * Answers a document that does not parse or validate itself: with 400 when the client accepts
     * application/graphql-response+json, with 200 to a GET (whose document {@link GetRequests} would otherwise reduce
     * to the selected operation, hiding errors elsewhere in it); a POST with application/json goes on to the endpoint,
     * which answers it with 200, as that media type wants.
     */
    private static void refuseIf(boolean graphqlResponse, RoutingContext context, JsonArray errors) {
        count(errors.getJsonObject(0));
        if (graphqlResponse || context.request().method() == HttpMethod.GET) {
            answer(context, graphqlResponse ? 400 : 200, graphqlResponse, errors);
        } else {
            context.next();
        }
    }

    /** Refuses a request over a limit: 400 with application/graphql-response+json, 200 with application/json. */
    private static void refuse(boolean graphqlResponse, RoutingContext context, JsonObject error) {
        count(error);
        answer(context, graphqlResponse ? 400 : 200, graphqlResponse, error);
    }

    private static void answer(RoutingContext context, int status, boolean graphqlResponse, JsonObject error) {
        answer(context, status, graphqlResponse, new JsonArray().add(error));
    }

    /** Ends the request with these errors, in the media type the client asked for. */
    private static void answer(RoutingContext context, int status, boolean graphqlResponse, JsonArray errors) {
        context.response().setStatusCode(status)
                .putHeader("Content-Type", graphqlResponse ? GRAPHQL_RESPONSE + "; charset=UTF-8" : "application/json")
                .end(new JsonObject().put("errors", errors).encode());
    }

    /**
     * The request: the POST body (checked to be a JSON object by {@link org.alliancegraph.persisted.PersistedQueries}),
     * or GET's parameters; null for a POST that is not JSON. Fails when GET's variables are not a JSON object.
     */
    private static JsonObject request(RoutingContext context) {
        if (context.request().method() == HttpMethod.GET) {
            String variables = context.queryParams().get("variables");
            return new JsonObject().put("query", context.queryParams().get("query"))
                    .put("operationName", context.queryParams().get("operationName"))
                    .put("variables", variables == null ? null : new JsonObject(variables));
        }
        try {
            return context.body().asJsonObject();
        } catch (RuntimeException notJson) {
            return null;
        }
    }

    /** graphql_rejected_total{code}: requests refused before execution, by code (docs/operations.md, Metrics). */
    private static void count(JsonObject error) {
        Metrics.counter("graphql.rejected", "code", error.getJsonObject("extensions").getString("code")).increment();
    }

    static JsonObject error(String message, String code) {
        return new JsonObject().put("message", message).put("extensions", new JsonObject().put("code", code));
    }
}
