package org.alliancegraph.policy;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import org.alliancegraph.policy.Refusal.Kind;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;

import graphql.GraphQLContext;
import graphql.GraphQLException;
import graphql.execution.RawVariables;
import graphql.execution.ValuesResolver;
import graphql.language.Document;
import graphql.language.ListType;
import graphql.language.Node;
import graphql.language.NonNullType;
import graphql.language.OperationDefinition;
import graphql.language.StringValue;
import graphql.language.Type;
import graphql.language.TypeName;
import graphql.language.VariableDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;
import graphql.schema.GraphQLSchema;
import graphql.validation.Validator;

/**
 * What may run, the same for every transport (HTTP POST, GET, the WebSocket): the document parses within the token
 * limit and validates against the schema, names an operation it has, has variables that fit, no character PostgreSQL
 * cannot store, is within the depth, cost and alias limits, is a query if it came by GET, and fits the budget of cost
 * in flight. It fails closed: a document it cannot parse or measure is refused, never handed on.
 *
 * <p>
 * Documents are parsed and validated once, by their text, and kept (Caffeine, bounded by an estimate of their size):
 * clients send the same few documents again and again, and the document checked here is the one the engine executes
 * ({@link EnginePolicy}). The cache's statistics are metrics ({@code cache_gets_total{cache="graphql.documents"}}: a
 * miss is a parse).
 */
@ApplicationScoped
public class OperationPolicy {

    /** The key, in graphql-java's context, of a request the front door has admitted already. */
    public static final String ADMITTED = OperationPolicy.class.getName() + ".admitted";

    private final Instance<GraphQLSchema> schema;
    private final int maxDepth;
    private final long maxCost;
    private final int maxAliases;
    private final ParserOptions parserOptions;
    private final CostInFlight inFlight;
    /**
     * About 16 bytes of syntax tree per character of text, so at most some 32 MB whatever the documents clients send; a
     * document and its errors are immutable, so they are shared.
     */
    private final Cache<String, CheckedDocument> documents = Caffeine.newBuilder().maximumWeight(32_000_000)
            .weigher((String query, CheckedDocument checked) -> 16 * query.length() + 1_000).recordStats().build();

    OperationPolicy(Instance<GraphQLSchema> schema, @ConfigProperty(name = "alliance.limits.max-depth") int maxDepth,
            @ConfigProperty(name = "alliance.limits.max-cost") long maxCost,
            @ConfigProperty(name = "alliance.limits.max-aliases") int maxAliases,
            @ConfigProperty(name = "alliance.limits.max-tokens") int maxTokens, CostInFlight inFlight) {
        this.schema = schema;
        this.maxDepth = maxDepth;
        this.maxCost = maxCost;
        this.maxAliases = maxAliases;
        this.parserOptions = ParserOptions.getDefaultOperationParserOptions()
                .transform(options -> options.maxTokens(maxTokens));
        this.inFlight = inFlight;
        CaffeineCacheMetrics.monitor(Metrics.globalRegistry, documents, "graphql.documents");
    }

    /** An operation as a transport received it. */
    public record Operation(String query, String operationName, Map<String, Object> variables, Transport transport) {

        public Operation {
            // An empty operationName selects nothing: GraphQL engines treat it as absent, and so does the policy.
            operationName = operationName == null || operationName.isEmpty() ? null : operationName;
            variables = variables == null ? Map.of() : variables;
        }
    }

    /**
     * An operation let in: its checked document and its lease on the budget of cost in flight, to give back with
     * {@link #release} once it has run.
     */
    public record Admission(CheckedDocument document, Object lease) {
    }

    /** Lets the operation in at once, or throws the {@link Refusal} that says why not (the WebSocket's way). */
    public Admission admit(Operation operation) {
        Checked checked = check(operation);
        Object lease = inFlight.tryAcquire(checked.cost());
        if (lease == null) {
            throw busy();
        }
        return new Admission(checked.document(), lease);
    }

    /**
     * Lets the operation in, after waiting its turn for the budget if it must (HTTP's way); the stage fails with the
     * {@link Refusal} that says why not. It may complete on another request's thread.
     */
    public CompletionStage<Admission> admitInTurn(Operation operation) {
        Checked checked;
        try {
            checked = check(operation);
        } catch (Refusal refusal) {
            return CompletableFuture.failedFuture(refusal);
        }
        return inFlight.acquire(checked.cost()).thenCompose(lease -> lease == null
                ? CompletableFuture.failedFuture(busy())
                : CompletableFuture.completedFuture(new Admission(checked.document(), lease)));
    }

    private record Checked(CheckedDocument document, long cost) {
    }

    private static Refusal busy() {
        return Refusal.of(Kind.BUSY, "SERVER_BUSY", "the service is busy with costly operations: retry shortly");
    }

    /** Every check but the budget's, or the {@link Refusal} that says why not. */
    private Checked check(Operation operation) {
        CheckedDocument checked = checked(operation.query());
        if (checked.hasNul()) {
            throw nul();
        }
        if (checked.syntaxError() != null) {
            throw Refusal.withErrors(Kind.REQUEST, "GRAPHQL_PARSE_FAILED", List.of(checked.syntaxError()));
        }
        if (hasNul(operation.variables())) {
            throw nul();
        }
        Document document = checked.document();
        List<OperationDefinition> selected = selected(document, operation.operationName());
        OperationDefinition.Operation type = selected.size() == 1 ? selected.get(0).getOperation() : null;
        if (operation.transport() == Transport.GET && type != null && type != OperationDefinition.Operation.QUERY) {
            throw Refusal.of(Kind.METHOD_NOT_ALLOWED, "METHOD_NOT_ALLOWED", "a " + type.name().toLowerCase(Locale.ROOT)
                    + " must be sent with POST");
        }
        if (!checked.invalid().isEmpty()) {
            throw Refusal.withErrors(Kind.REQUEST, "GRAPHQL_VALIDATION_FAILED", checked.invalidAsSpecified());
        }
        if (selected.size() != 1) {
            throw Refusal.of(Kind.REQUEST, "GRAPHQL_VALIDATION_FAILED", operation.operationName() != null
                    ? "Unknown operation named '" + operation.operationName() + "'."
                    : "the document has " + selected.size() + " operations: name the one to run in operationName");
        }
        if (type == OperationDefinition.Operation.SUBSCRIPTION && operation.transport() != Transport.WEBSOCKET) {
            throw Refusal.of(Kind.WRONG_TRANSPORT, "BAD_REQUEST", "a subscription runs over the WebSocket at /graphql "
                    + "(graphql-transport-ws), not over HTTP");
        }
        String invalidVariables = invalidVariables(selected.get(0), operation.variables());
        if (invalidVariables != null) {
            throw Refusal.of(Kind.REQUEST, "BAD_USER_INPUT", invalidVariables);
        }
        QueryCost cost = QueryCost.of(schema.get(), document, operation.operationName(), operation.variables());
        if (cost.depth() > maxDepth) {
            throw Refusal.of(Kind.REQUEST, "QUERY_TOO_DEEP", "the query is " + cost.depth()
                    + " levels deep, more than " + maxDepth);
        }
        if (cost.cost() > maxCost) {
            throw Refusal.of(Kind.REQUEST, "QUERY_TOO_COSTLY", "the query may select " + cost.cost()
                    + " fields, more than " + maxCost + " (each field counts once per item of the pages and lists "
                    + "around it: ask for smaller pages)");
        }
        if (cost.aliases() > maxAliases) {
            throw Refusal.of(Kind.REQUEST, "QUERY_TOO_MANY_ALIASES", "the query has " + cost.aliases()
                    + " aliases, more than " + maxAliases);
        }
        return new Checked(checked, cost.cost());
    }

    private static Refusal nul() {
        return Refusal.of(Kind.REQUEST, "BAD_USER_INPUT", "the request holds the character U+0000, which no text here "
                + "can hold");
    }

    /** Gives back an admission's lease on the budget; giving it back again does nothing. */
    public void release(Admission admission) {
        inFlight.release(admission.lease());
    }

    /** The document of this text as parsed and validated (once, then from the cache). */
    public CheckedDocument checked(String query) {
        return documents.get(query, this::parseAndValidate);
    }

    private CheckedDocument parseAndValidate(String query) {
        try {
            Document document = new Parser().parseDocument(ParserEnvironment.newParserEnvironment().document(query)
                    .parserOptions(parserOptions).build());
            return CheckedDocument.parsed(query, document, new Validator().validateDocument(schema.get(), document,
                    Locale.ENGLISH));
        } catch (InvalidSyntaxException e) {
            return CheckedDocument.unparsable(query, e.toInvalidSyntaxError());
        }
    }

    private static List<OperationDefinition> selected(Document document, String operationName) {
        return document.getDefinitionsOfType(OperationDefinition.class).stream()
                .filter(operation -> operationName == null || operationName.equals(operation.getName()))
                .toList();
    }

    /**
     * Why the variables do not fit the operation's variable definitions (a wrong type, a missing non-null value), or
     * null if they do. SmallRye's built-in scalars accept a value of any type here (and fail later, as a field error),
     * so those are checked as the specification's scalars would; graphql-java coerces the rest (missing non-null
     * values, enums, input objects).
     */
    private String invalidVariables(OperationDefinition operation, Map<String, Object> values) {
        for (VariableDefinition definition : operation.getVariableDefinitions()) {
            String mismatch = scalarMismatch(definition.getName(), definition.getType(),
                    values.get(definition.getName()));
            if (mismatch != null) {
                return mismatch;
            }
        }
        try {
            ValuesResolver.coerceVariableValues(schema.get(), operation.getVariableDefinitions(),
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

    /** Whether a string in the document (an argument's value, a default value) holds U+0000, escaped or not. */
    static boolean hasNulString(Node<?> node) {
        if (node instanceof StringValue string && string.getValue().indexOf('\u0000') >= 0) {
            return true;
        }
        for (Node<?> child : node.getChildren()) {
            if (hasNulString(child)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a value (a string, or a map or list of values, as JSON decodes) holds U+0000. */
    static boolean hasNul(Object value) {
        if (value instanceof String text) {
            return text.indexOf('\u0000') >= 0;
        }
        if (value instanceof Map<?, ?> map) {
            return map.entrySet().stream().anyMatch(entry -> hasNul(entry.getKey()) || hasNul(entry.getValue()));
        }
        if (value instanceof Iterable<?> items) {
            for (Object item : items) {
                if (hasNul(item)) {
                    return true;
                }
            }
        }
        return false;
    }
}
