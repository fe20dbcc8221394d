package org.alliancegraph.http;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;

import org.alliancegraph.common.ExecutionTimeoutException;
import org.alliancegraph.graphql.ReadPlans;
import org.alliancegraph.persisted.PersistedQueries;
import org.alliancegraph.policy.OperationPolicy;
import org.alliancegraph.policy.OperationPolicy.Admission;
import org.alliancegraph.policy.OperationPolicy.Operation;
import org.alliancegraph.policy.Refusal;
import org.alliancegraph.policy.Refusals;
import org.alliancegraph.policy.Transport;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InjectableContext;
import io.quarkus.arc.ManagedContext;
import io.quarkus.logging.Log;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.smallrye.graphql.runtime.SmallRyeGraphQLAbstractHandler;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.smallrye.graphql.execution.ExecutionResponse;
import io.smallrye.graphql.execution.ExecutionResponseWriter;
import io.smallrye.graphql.execution.context.SmallRyeContextManager;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.ext.web.Route;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * The one way in for GraphQL at /graphql: a WebSocket upgrade goes to {@link WebSockets}; a POST or GET is decoded once
 * ({@link GraphQLRequest}), a persisted query's document resolved ({@link PersistedQueries}), the operation admitted by
 * the {@link OperationPolicy}, executed by SmallRye's engine on the document the policy checked, and its result written
 * by {@link ResultJson}. Every refusal is answered here, in the media type the client accepts, and counted.
 *
 * <p>
 * It takes the place of the GraphQL extension's own handlers, whose request-context and identity handling it inherits
 * from {@link SmallRyeGraphQLAbstractHandler}. That handler decoded the body three times over with the checks in front
 * of it, and decoded GET's parameters twice (a {@code %} in a string failed the request, a {@code +} became a space;
 * Quarkus 3.33.2) and took the query text for the operation's name.
 */
@ApplicationScoped
public class FrontDoor {

    static final String GRAPHQL_RESPONSE = "application/graphql-response+json";
    /**
     * With the value {@code off}, the request is executed by graphql-java even when a read plan could serve it: to
     * compare the two answers (docs/operations.md).
     */
    static final String READ_PLAN_HEADER = "Alliance-Read-Plan";
    /** What a 503 asks the client to wait before it tries again. */
    private static final String RETRY_AFTER_SECONDS = "1";
    /**
     * Looked up once: {@code Json.createObjectBuilder()} looks the provider up anew each time (9 % of a point lookup).
     */
    private static final JsonProvider JSON = JsonProvider.provider();

    private final OperationPolicy policy;
    private final ReadPlans plans;
    private final PersistedQueries persisted;
    private final WebSockets webSockets;
    private final CurrentIdentityAssociation identity;
    private final CurrentVertxRequest currentRequest;
    private final MemorySize maxBodySize;

    FrontDoor(OperationPolicy policy, ReadPlans plans, PersistedQueries persisted, WebSockets webSockets,
            CurrentIdentityAssociation identity,
            CurrentVertxRequest currentRequest,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize) {
        this.policy = policy;
        this.plans = plans;
        this.persisted = persisted;
        this.webSockets = webSockets;
        this.identity = identity;
        this.currentRequest = currentRequest;
        this.maxBodySize = maxBodySize;
    }

    /**
     * Takes /graphql over: the routes the GraphQL extension put there (its HTTP handler, its WebSocket handler, at
     * order -99) are disabled, and this front door's take their place, after Quarkus' authentication (order -200) and
     * authorisation (-100) filters.
     */
    void install(@Observes Router router) {
        router.getRoutes().stream().filter(route -> "/graphql".equals(route.getPath())).forEach(Route::disable);
        Handler handler = new Handler();
        router.post("/graphql").order(-99)
                .handler(BodyHandler.create(false).setBodyLimit(maxBodySize.asLongValue()));
        router.route("/graphql").order(-98).handler(handler);
    }

    /** The media type of the answer: GraphQL's own if the client accepts it, else JSON; null if it accepts neither. */
    static String answerType(String accept) {
        if (accept == null || accept.isBlank()) {
            return "application/json";
        }
        String types = accept.toLowerCase(Locale.ROOT);
        if (types.contains(GRAPHQL_RESPONSE)) {
            return GRAPHQL_RESPONSE;
        }
        for (String range : types.split(",")) {
            String type = range.split(";")[0].trim();
            if (type.equals("application/json") || type.equals("application/*") || type.equals("*/*")) {
                return "application/json";
            }
        }
        return null;
    }

    private final class Handler extends SmallRyeGraphQLAbstractHandler {

        Handler() {
            super(identity, currentRequest, false);
        }

        @Override
        protected void doHandle(RoutingContext context) {
            HttpMethod method = context.request().method();
            if (method == HttpMethod.GET && WebSockets.isUpgrade(context)) {
                webSockets.upgrade(context, getMetaData(context), this);
                return;
            }
            if (method != HttpMethod.GET && method != HttpMethod.POST) {
                context.response().putHeader(HttpHeaders.ALLOW, "GET, POST, OPTIONS")
                        .setStatusCode(method == HttpMethod.OPTIONS ? 204 : 405).end();
                return;
            }
            Transport transport = method == HttpMethod.GET ? Transport.GET : Transport.POST;
            String answerType = answerType(context.request().getHeader(HttpHeaders.ACCEPT));
            if (answerType == null) {
                refuse(context, transport, "application/json", Refusal.of(Refusal.Kind.NOT_ACCEPTABLE,
                        "NOT_ACCEPTABLE", "the answer is application/graphql-response+json or application/json"));
                return;
            }
            GraphQLRequest request;
            try {
                request = transport == Transport.GET
                        ? GraphQLRequest.fromGet(context.queryParams())
                        : GraphQLRequest.fromPost(context.request().getHeader(HttpHeaders.CONTENT_TYPE),
                                context.body().buffer());
            } catch (Refusal refusal) {
                refuse(context, transport, answerType, refusal);
                return;
            }
            Map<String, Object> metaData = getMetaData(context);
            persisted.resolve(request.hash(), request.query())
                    .onSuccess(resolved -> inRequestContext(metaData,
                            () -> admit(context, transport, answerType, request, resolved, metaData)))
                    .onFailure(failure -> failed(context, transport, answerType, failure));
        }

        /**
         * Has the policy admit the operation, which may wait its turn for the budget of cost in flight; a wait ends on
         * the thread of the request that gave the budget back, so the rest of this one goes back to its own context.
         */
        private void admit(RoutingContext context, Transport transport, String answerType, GraphQLRequest request,
                PersistedQueries.Resolved resolved, Map<String, Object> metaData) {
            Context own = Vertx.currentContext();
            CompletableFuture<Admission> admission = policy.admitInTurn(new Operation(resolved.query(),
                    request.operationName(), request.variables(), transport)).toCompletableFuture();
            if (admission.isDone()) {
                admission.whenComplete((admitted, refused) -> admitted(context, transport, answerType, request,
                        resolved, metaData, admitted, refused));
                return;
            }
            admission.whenComplete((admitted, refused) -> own.runOnContext(ignored -> inRequestContext(metaData,
                    () -> admitted(context, transport, answerType, request, resolved, metaData, admitted, refused))));
        }

        private void admitted(RoutingContext context, Transport transport, String answerType, GraphQLRequest request,
                PersistedQueries.Resolved resolved, Map<String, Object> metaData, Admission admission,
                Throwable refused) {
            if (refused != null) {
                Throwable cause = refused instanceof CompletionException wrapped ? wrapped.getCause() : refused;
                if (cause instanceof Refusal refusal) {
                    refuse(context, transport, answerType, refusal);
                } else {
                    context.fail(cause);
                }
                return;
            }
            if (context.response().closed()) { // the client went away while it waited
                policy.release(admission);
                return;
            }
            if (!resolved.toRegister()) {
                execute(context, answerType, resolved.query(), request, admission, metaData);
                return;
            }
            // Registering is for the next requests: this one runs whether it worked or not.
            persisted.register(resolved.query(), authenticated(context))
                    .onFailure(failure -> Log.warnf("Persisted query not registered: %s", failure.getMessage()))
                    .onComplete(registered -> inRequestContext(metaData,
                            () -> execute(context, answerType, resolved.query(), request, admission, metaData)));
        }

        private static boolean authenticated(RoutingContext context) {
            return context.user() instanceof QuarkusHttpUser user && !user.getSecurityIdentity().isAnonymous();
        }

        /**
         * Runs the admitted operation: through a read plan when one can serve it ({@link ReadPlans}), else, or when the
         * plan gives up, through SmallRye's engine. Its lease on the budget is given back when the answer is written or
         * the execution fails (a lost one lapses: {@link org.alliancegraph.policy.CostInFlight}).
         */
        private void execute(RoutingContext context, String answerType, String query, GraphQLRequest request,
                Admission admission, Map<String, Object> metaData) {
            Uni<Buffer> planned;
            try {
                planned = "off".equalsIgnoreCase(context.request().getHeader(READ_PLAN_HEADER))
                        ? null
                        : plans.answer(admission.document().document(), request.operationName(), request.variables());
            } catch (RuntimeException e) {
                Log.warnf(e, "Read plan failed to start, graphql-java answers");
                planned = null;
            }
            if (planned == null) {
                engine(context, answerType, query, request, admission, metaData);
                return;
            }
            Context own = Vertx.currentContext();
            planned.subscribe().with(body -> {
                policy.release(admission);
                if (!context.response().ended() && !context.response().closed()) {
                    context.response().setStatusCode(200)
                            .putHeader(HttpHeaders.CONTENT_TYPE, answerType + "; charset=utf-8").end(body);
                }
            }, failure -> onContext(own, () -> {
                if (failure instanceof ExecutionTimeoutException timedOut) { // running it again would take as long
                    policy.release(admission);
                    timedOut(context, answerType, timedOut);
                    return;
                }
                Log.debugf("Read plan gave up, graphql-java answers: %s", failure);
                inRequestContext(metaData, () -> engine(context, answerType, query, request, admission, metaData));
            }));
        }

        /** Runs the step on the request's own Vert.x context (a timeout fires on another thread). */
        private static void onContext(Context own, Runnable step) {
            if (own == null) {
                step.run();
            } else {
                own.runOnContext(ignored -> step.run());
            }
        }

        /** A read plan that ran past the execution timeout: nothing answered, as graphql-java would say it. */
        private static void timedOut(RoutingContext context, String answerType, ExecutionTimeoutException timedOut) {
            if (context.response().ended() || context.response().closed()) {
                return;
            }
            JsonArray errors = new JsonArray().add(new io.vertx.core.json.JsonObject().put("message",
                    timedOut.getMessage()).put("extensions",
                            new io.vertx.core.json.JsonObject().put("code", "EXECUTION_TIMEOUT")));
            context.response().setStatusCode(200).putHeader(HttpHeaders.CONTENT_TYPE, answerType + "; charset=utf-8")
                    .end(new io.vertx.core.json.JsonObject().put("errors", errors).putNull("data").encode());
        }

        /**
         * Runs the admitted operation in SmallRye's engine. The response's own end and close handlers are left to the
         * request context's termination, which the base class installs.
         */
        private void engine(RoutingContext context, String answerType, String query, GraphQLRequest request,
                Admission admission, Map<String, Object> metaData) {
            JsonObjectBuilder input = JSON.createObjectBuilder().add("query", query);
            if (request.operationName() != null && !request.operationName().isEmpty()) {
                input.add("operationName", request.operationName());
            }
            if (!request.variables().isEmpty()) {
                input.add("variables", JSON.createObjectBuilder(request.variables()));
            }
            metaData.put(OperationPolicy.ADMITTED, admission.document());
            JsonObject engineInput = input.build();
            getExecutionService().executeAsync(engineInput, metaData, new ExecutionResponseWriter() {
                @Override
                public void write(ExecutionResponse response) {
                    policy.release(admission);
                    if (!context.response().ended() && !context.response().closed()) {
                        ResultJson.Answer answer = ResultJson.of(response.getExecutionResult());
                        if (answer.unavailable()) {
                            // Nothing answered because the database is away: retry later, as a 503 says when the
                            // client accepts graphql-response+json (application/json keeps 200, the legacy rule).
                            context.response().setStatusCode(GRAPHQL_RESPONSE.equals(answerType) ? 503 : 200)
                                    .putHeader("Retry-After", RETRY_AFTER_SECONDS);
                        } else {
                            context.response().setStatusCode(200);
                        }
                        context.response().putHeader(HttpHeaders.CONTENT_TYPE, answerType + "; charset=utf-8")
                                .end(answer.body());
                    }
                }

                @Override
                public void fail(Throwable failure) {
                    policy.release(admission);
                    context.fail(failure);
                }
            });
        }

        /**
         * Runs a step of the request in its CDI request context, as the engine expects: after a database round trip of
         * the persisted queries, the handler has deactivated it (its first step returned); a step that runs before
         * that, in the same call, finds it active and leaves it so.
         */
        private void inRequestContext(Map<String, Object> metaData, Runnable step) {
            ManagedContext requestContext = Arc.container().requestContext();
            if (requestContext.isActive()) {
                step.run();
                return;
            }
            requestContext.activate((InjectableContext.ContextState) metaData.get("state"));
            try {
                step.run();
            } finally {
                SmallRyeContextManager.clearCurrentSmallRyeContext();
                requestContext.deactivate();
            }
        }

        /** A refusal from the persisted queries, or the database they could not reach. */
        private void failed(RoutingContext context, Transport transport, String answerType, Throwable failure) {
            if (failure instanceof Refusal refusal) {
                refuse(context, transport, answerType, refusal);
                return;
            }
            Log.warnf("Persisted queries unavailable: %s", failure.getMessage());
            refuse(context, transport, answerType, Refusal.of(Refusal.Kind.BUSY, "SERVICE_UNAVAILABLE",
                    "the persisted queries cannot be read now: retry shortly"));
        }
    }

    /** Answers a refusal: its errors, with the status its kind has in the media type the client accepts. */
    static void refuse(RoutingContext context, Transport transport, String answerType, Refusal refusal) {
        Refusals.count(refusal, transport);
        int status = switch (refusal.kind()) {
            case MALFORMED, WRONG_TRANSPORT -> 400;
            case REQUEST -> GRAPHQL_RESPONSE.equals(answerType) ? 400 : 200;
            case METHOD_NOT_ALLOWED -> 405;
            case UNSUPPORTED_MEDIA_TYPE -> 415;
            case NOT_ACCEPTABLE -> 406;
            case BUSY -> 503;
            case PERSISTED -> 200;
        };
        if (refusal.kind() == Refusal.Kind.METHOD_NOT_ALLOWED) {
            context.response().putHeader(HttpHeaders.ALLOW, "POST");
        } else if (refusal.kind() == Refusal.Kind.BUSY) {
            context.response().putHeader("Retry-After", RETRY_AFTER_SECONDS);
        }
        context.response().setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, answerType + "; charset=utf-8")
                .end(new io.vertx.core.json.JsonObject().put("errors", new JsonArray(refusal.errors())).encode());
    }
}
