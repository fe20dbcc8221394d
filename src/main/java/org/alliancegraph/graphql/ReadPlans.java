package org.alliancegraph.graphql;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import org.alliancegraph.common.ExecutionTimeoutException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonGenerator;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Timer;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import io.vertx.core.buffer.Buffer;

import graphql.GraphQLContext;
import graphql.execution.RawVariables;
import graphql.introspection.Introspection;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.normalized.ExecutableNormalizedField;
import graphql.normalized.ExecutableNormalizedOperation;
import graphql.normalized.ExecutableNormalizedOperationFactory;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLOutputType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;

/**
 * Executes a read query without graphql-java's per-field walk, when every field it selects is either a plain field of a
 * read model ({@link PlainFields}) or registered by a feature ({@link PlannedFields}): one resolver call per (field,
 * level) for all the parents of that level, as graphql-java's batching makes, then the JSON written straight from the
 * read models. graphql-java keeps parsing, validation, the policy's checks and every operation the plan cannot serve
 * (mutations, subscriptions, introspection, abstract types, fields with arguments a registration does not accept, any
 * other resolver).
 *
 * <p>
 * Why: a 4,000-statement dashboard completes about 16,000 fields; graphql-java's fetch and completion of each, with its
 * per-level dispatch, was 62 % of the CPU the dashboard cost (docs/benchmarks.md), more than PostGraphile spends on the
 * whole request.
 *
 * <p>
 * What a plan does not do, graphql-java does: an answer that would hold an error (a resolver that fails, a null for a
 * non-null field, a value that does not serialise) is not written by the plan; the operation is executed again by
 * graphql-java, which answers it with its errors and partial data as before. Reads have no side effect, so the second
 * execution only costs time. A plan still running at the execution timeout calls no more resolvers (as graphql-java's
 * resolvers then refuse) and fails with EXECUTION_TIMEOUT, which the caller answers without running it again; one SQL
 * statement is bounded by PostgreSQL's statement_timeout, as on graphql-java's way.
 */
@ApplicationScoped
public class ReadPlans {

    private static final GraphQLContext NO_CONTEXT = GraphQLContext.getDefault();

    private final Instance<GraphQLSchema> schema;
    private final Tracer tracer;
    private final Duration timeout;
    private final Map<String, Bound> roots = new HashMap<>();
    private final Map<String, Bound> batches = new HashMap<>();
    private final Counter served = outcome("served");
    private final Counter declined = outcome("declined");
    private final Counter failed = outcome("failed");

    ReadPlans(Instance<GraphQLSchema> schema, Instance<PlannedFields> features, Tracer tracer,
            @ConfigProperty(name = "alliance.limits.execution-timeout") Duration timeout) {
        this.schema = schema;
        this.tracer = tracer;
        this.timeout = timeout;
        PlannedFields.Registry registry = new PlannedFields.Registry() {
            @Override
            public void root(String field, Predicate<PlannedField> accepts, PlannedFields.Root resolver) {
                roots.put(field, new Bound(accepts, resolver, null));
            }

            @Override
            @SuppressWarnings("unchecked")
            public <P> void batch(String type, String field, Predicate<PlannedField> accepts,
                    PlannedFields.Batch<P> resolver) {
                batches.put(type + "." + field,
                        new Bound(accepts, null, (PlannedFields.Batch<Object>) resolver));
            }
        };
        features.forEach(feature -> feature.register(registry));
    }

    private static Counter outcome(String outcome) {
        return Counter.builder("graphql.read.plans").tag("outcome", outcome)
                .description("Read queries a plan answered (served), left to graphql-java before executing "
                        + "(declined), or handed to graphql-java after a failure (failed)")
                .register(Metrics.globalRegistry);
    }

    /**
     * The answer to the operation through a plan: the JSON of the response, or a failure, after which the caller hands
     * the operation to graphql-java (but for {@link ExecutionTimeoutException}, which it answers). Null when no plan
     * can serve the operation.
     *
     * @param document
     *            parsed and valid
     * @param variables
     *            as JSON decoded them
     */
    public Uni<Buffer> answer(Document document, String operationName, Map<String, Object> variables) {
        List<FieldPlan> fields;
        try {
            fields = plan(document, operationName, variables);
        } catch (Declined reason) {
            Log.debugf("No read plan: %s", reason.getMessage());
            declined.increment();
            return null;
        }
        GraphQLObjectType query = schema.get().getQueryType();
        Span span = span(operationName);
        long deadline = System.nanoTime() + timeout.toNanos();
        return Uni.createFrom().<Level>emitter(emitter -> {
            try (Scope current = span.makeCurrent()) { // the first level's SQL spans under the operation's
                resolve(query, fields, List.of(Boolean.TRUE), true, deadline)
                        .subscribe().with(emitter::complete, emitter::fail);
            }
        })
                .map(ReadPlans::json)
                .onItemOrFailure().invoke((answered, failure) -> {
                    (failure == null ? served : failed).increment();
                    if (failure != null) {
                        span.setAttribute("graphql.readPlan.gaveUp", failure.toString());
                    }
                    span.end();
                });
    }

    /** The operation's span, as SmallRye's tracing names it: the SQL statements' spans are in the same trace. */
    private Span span(String operationName) {
        boolean named = operationName != null && !operationName.isEmpty();
        return tracer.spanBuilder(named ? "GraphQL:" + operationName : "GraphQL")
                .setAttribute("graphql.operationType", "QUERY")
                .setAttribute("graphql.operationName", named ? operationName : "")
                .setAttribute("graphql.readPlan", true)
                .startSpan();
    }

    private static Buffer json(Level root) {
        Buffer buffer = Buffer.buffer(8192);
        try (JsonGenerator json = JsonOutput.into(buffer)) {
            json.writeStartObject();
            json.writeFieldName("data");
            write(json, root, 0);
            json.writeEndObject();
        } catch (IOException e) {
            throw new PlanFailed(e.toString());
        }
        return buffer;
    }

    // --- Planning --------------------------------------------------------------------------------------------------

    /** The plan of each root field; {@link Declined} when some field cannot be served. */
    private List<FieldPlan> plan(Document document, String operationName, Map<String, Object> variables) {
        OperationDefinition operation = operation(document, operationName);
        if (operation == null || operation.getOperation() != OperationDefinition.Operation.QUERY) {
            throw new Declined("not a query");
        }
        for (Selection<?> selection : operation.getSelectionSet().getSelections()) {
            if (selection instanceof Field field && !roots.containsKey(field.getName())
                    && !field.getName().equals(Introspection.TypeNameMetaFieldDef.getName())) {
                throw new Declined("Query." + field.getName()); // the cheap answer for most lookups
            }
        }
        GraphQLSchema graphQLSchema = schema.get();
        ExecutableNormalizedOperation normalized;
        try {
            normalized = ExecutableNormalizedOperationFactory.createExecutableNormalizedOperationWithRawVariables(
                    graphQLSchema, document, operationName, RawVariables.of(variables));
        } catch (RuntimeException e) {
            throw new Declined("variables: " + e.getMessage()); // graphql-java says why
        }
        return plan(graphQLSchema, graphQLSchema.getQueryType(), normalized.getTopLevelFields(), true);
    }

    private static OperationDefinition operation(Document document, String operationName) {
        List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
        if (operationName == null || operationName.isEmpty()) {
            return operations.size() == 1 ? operations.get(0) : null;
        }
        return operations.stream().filter(op -> operationName.equals(op.getName())).findFirst().orElse(null);
    }

    private List<FieldPlan> plan(GraphQLSchema graphQLSchema, GraphQLObjectType type,
            List<ExecutableNormalizedField> fields, boolean root) {
        List<FieldPlan> plans = new ArrayList<>(fields.size());
        for (ExecutableNormalizedField field : fields) {
            if (field.getObjectTypeNames().size() != 1 || !field.getObjectTypeNames().contains(type.getName())) {
                throw new Declined(field.getName() + " on " + field.getObjectTypeNames()); // an abstract type's
            }
            if (field.getName().equals(Introspection.TypeNameMetaFieldDef.getName())) {
                plans.add(new FieldPlan(field.getResultKey(), null, null, null, null, null, null));
                continue;
            }
            GraphQLFieldDefinition definition = type.getFieldDefinition(field.getName());
            if (definition == null) {
                throw new Declined(field.getName()); // __schema, __type
            }
            PlannedField planned = new PlannedField(field);
            Bound bound = root ? roots.get(field.getName()) : batches.get(type.getName() + "." + field.getName());
            PlainFields.Fetcher plain = null;
            String coordinates = type.getName() + "." + field.getName();
            if (bound != null) {
                if (!bound.accepts.test(planned)) {
                    throw new Declined(coordinates + " with " + field.getResolvedArguments());
                }
            } else if (!root && graphQLSchema.getCodeRegistry().getDataFetcher(
                    FieldCoordinates.coordinates(type, definition.getName()),
                    definition) instanceof PlainFields.Fetcher fetcher) {
                plain = fetcher;
            } else {
                throw new Declined(coordinates + ", a resolver no plan calls");
            }
            GraphQLType unwrapped = GraphQLTypeUtil.unwrapAll(definition.getType());
            GraphQLObjectType childType = null;
            List<FieldPlan> children = null;
            if (unwrapped instanceof GraphQLObjectType objectType) {
                childType = objectType;
                children = plan(graphQLSchema, objectType, field.getChildren(), false);
            } else if (!(unwrapped instanceof GraphQLScalarType || unwrapped instanceof GraphQLEnumType)
                    || bound != null) {
                throw new Declined(coordinates + ": an interface or union, or a leaf that a resolver returns");
            }
            plans.add(new FieldPlan(field.getResultKey(), definition, planned, bound, plain, childType, children));
        }
        return plans;
    }

    // --- Execution -------------------------------------------------------------------------------------------------

    /** Resolves the fields of one level for all its sources, then the levels below. */
    private Uni<Level> resolve(GraphQLObjectType type, List<FieldPlan> fields, List<Object> sources, boolean root,
            long deadline) {
        if (System.nanoTime() - deadline > 0) { // as graphql-java's resolvers called after the deadline
            throw new ExecutionTimeoutException("the operation ran longer than " + timeout.toMillis() + " ms, the "
                    + "execution timeout: ask for less");
        }
        Level level = new Level(fields, sources.size());
        if (sources.isEmpty()) {
            return Uni.createFrom().item(level); // nothing to resolve, and no level below: as graphql-java, no call
        }
        List<Uni<Void>> pending = new ArrayList<>();
        for (int f = 0; f < fields.size(); f++) {
            FieldPlan field = fields.get(f);
            Object[] values = level.values[f];
            if (field.definition == null) {
                Arrays.fill(values, type.getName());
            } else if (field.plain != null) {
                for (int s = 0; s < values.length; s++) {
                    values[s] = read(field, sources.get(s));
                }
            } else if (root) {
                pending.add(timed(field, 1, field.bound.root.resolve(field.planned)).invoke(value -> values[0] = value)
                        .replaceWithVoid());
            } else {
                pending.add(
                        timed(field, values.length, field.bound.batch.resolve(sources, field.planned)).invoke(found -> {
                            if (found.size() != values.length) {
                                throw new PlanFailed(
                                        field.resultKey + ": " + found.size() + " values for " + values.length
                                                + " parents");
                            }
                            found.toArray(values);
                        }).replaceWithVoid());
            }
        }
        Uni<?> resolved = pending.isEmpty()
                ? Uni.createFrom().voidItem()
                : Uni.join().all(pending).andFailFast();
        return resolved.chain(ignored -> below(level, deadline));
    }

    private Uni<Level> below(Level level, long deadline) {
        List<Uni<Void>> pending = new ArrayList<>();
        for (int f = 0; f < level.fields.size(); f++) {
            FieldPlan field = level.fields.get(f);
            if (field.children == null) {
                continue;
            }
            List<Object> sources = new ArrayList<>();
            for (Object value : level.values[f]) {
                collect(value, sources);
            }
            int index = f;
            pending.add(resolve(field.childType, field.children, sources, false, deadline)
                    .invoke(child -> level.children[index] = child).replaceWithVoid());
        }
        return pending.isEmpty()
                ? Uni.createFrom().item(level)
                : Uni.join().all(pending).andFailFast().replaceWith(level);
    }

    /** The objects a value holds, in order: itself, or the items of a list (of lists), nulls left out. */
    private static void collect(Object value, List<Object> into) {
        if (value instanceof Iterable<?> items) {
            items.forEach(item -> collect(item, into));
        } else if (value instanceof Object[] items) {
            Arrays.stream(items).forEach(item -> collect(item, into));
        } else if (value != null) {
            into.add(value);
        }
    }

    private static Object read(FieldPlan field, Object source) {
        try {
            return field.plain.get(field.definition, source, null);
        } catch (Exception e) {
            throw new PlanFailed(field.resultKey + ": " + e);
        }
    }

    /**
     * A resolver call, timed as SmallRye times its resolvers (mp_graphql): once per parent for a batched field (its
     * batch fetcher starts a sample for each parent), once for a root field.
     */
    private static <T> Uni<T> timed(FieldPlan field, int parents, Uni<T> call) {
        return Uni.createFrom().deferred(() -> {
            long start = System.nanoTime();
            return call.onTermination().invoke(() -> {
                Timer timer = Timer.builder("mp_graphql").tags("name", field.definition.getName(), "type", "QUERY",
                        "source", String.valueOf(field.bound.batch != null)).register(Metrics.globalRegistry);
                long elapsed = System.nanoTime() - start;
                for (int i = 0; i < parents; i++) {
                    timer.record(elapsed, TimeUnit.NANOSECONDS);
                }
            });
        });
    }

    // --- Writing ---------------------------------------------------------------------------------------------------

    private static void write(JsonGenerator json, Level level, int index) throws IOException {
        json.writeStartObject();
        for (int f = 0; f < level.fields.size(); f++) {
            FieldPlan field = level.fields.get(f);
            json.writeFieldName(field.resultKey);
            Object value = level.values[f][index];
            if (field.definition == null) {
                json.writeString((String) value);
            } else {
                write(json, field, field.definition.getType(), value, level.children[f]);
            }
        }
        json.writeEndObject();
    }

    private static void write(JsonGenerator json, FieldPlan field, GraphQLOutputType type, Object value, Level child)
            throws IOException {
        GraphQLOutputType nullable = type;
        if (type instanceof GraphQLNonNull nonNull) {
            if (value == null) {
                throw new PlanFailed(field.resultKey + ": null for a non-null field");
            }
            nullable = (GraphQLOutputType) nonNull.getWrappedType();
        }
        if (value == null) {
            json.writeNull();
        } else if (nullable instanceof GraphQLList list) {
            GraphQLOutputType items = (GraphQLOutputType) list.getWrappedType();
            json.writeStartArray();
            Iterable<?> values = value instanceof Object[] array ? Arrays.asList(array) : (Iterable<?>) value;
            for (Object item : values) {
                write(json, field, items, item, child);
            }
            json.writeEndArray();
        } else if (nullable instanceof GraphQLScalarType scalar) {
            JsonOutput.leaf(json, serialised(field, scalar.getCoercing().serialize(value, NO_CONTEXT,
                    Locale.getDefault())));
        } else if (nullable instanceof GraphQLEnumType enumType) {
            JsonOutput.leaf(json, serialised(field, enumType.serialize(value, NO_CONTEXT, Locale.getDefault())));
        } else {
            write(json, child, child.next++);
        }
    }

    private static Object serialised(FieldPlan field, Object value) {
        if (value == null) {
            throw new PlanFailed(field.resultKey + ": a value that does not serialise");
        }
        return value;
    }

    // --- The plan and its results ----------------------------------------------------------------------------------

    /** A registered resolver: for a root field or for many parents. */
    private record Bound(Predicate<PlannedField> accepts, PlannedFields.Root root, PlannedFields.Batch<Object> batch) {
    }

    /**
     * One field of the operation: {@code definition} null for {@code __typename}; either {@code bound} or
     * {@code plain}; {@code childType} and {@code children} for a field of object type.
     */
    private record FieldPlan(String resultKey, GraphQLFieldDefinition definition, PlannedField planned, Bound bound,
            PlainFields.Fetcher plain, GraphQLObjectType childType, List<FieldPlan> children) {
    }

    /** The values of one level's fields for each of its sources, and the levels below, in the same order. */
    private static final class Level {

        final List<FieldPlan> fields;
        final Object[][] values;
        final Level[] children;
        /** The next source to write: sources are written in the order they were collected. */
        int next;

        Level(List<FieldPlan> fields, int sources) {
            this.fields = fields;
            this.values = new Object[fields.size()][sources];
            this.children = new Level[fields.size()];
        }
    }

    /** Why no plan serves an operation, for the debug log. No stack trace: it is expected and handled. */
    private static final class Declined extends RuntimeException {

        Declined(String message) {
            super(message, null, false, false);
        }
    }

    /** Why a plan gave up: graphql-java answers instead. No stack trace: it is expected and handled. */
    static final class PlanFailed extends RuntimeException {

        PlanFailed(String message) {
            super(message, null, false, false);
        }
    }
}
