package org.alliancegraph.graphql;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

/**
 * Runs each reactive resolver on a fresh duplicated Vert.x context with its own Hibernate Reactive session.
 *
 * <p>
 * Why: SmallRye GraphQL resolves sibling fields concurrently (aliased root fields, several batched lists on one type)
 * and they share one Vert.x context. Hibernate Reactive keeps the session in that context, so siblings would share one
 * session and fail ("Illegal pop() with non-matching JdbcValuesSourceProcessingState", "Session is closed"; Quarkus
 * issue 32870). A new duplicated context per call gives each resolver its own context-local session, opened by
 * {@link Panache#withSession} and closed when its {@code Uni} completes.
 *
 * <p>
 * Every failure, including one thrown while starting the call, fails the returned {@code Uni}: an exception lost inside
 * the context callback would leave the HTTP request hanging.
 */
@ResolverSession
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE)
public class ResolverSessionInterceptor {

    private final Vertx vertx;

    ResolverSessionInterceptor(Vertx vertx) {
        this.vertx = vertx;
    }

    @AroundInvoke
    Object onFreshSession(InvocationContext invocation) throws Exception {
        if (!Uni.class.isAssignableFrom(invocation.getMethod().getReturnType())) {
            return invocation.proceed();
        }
        return Uni.createFrom().emitter(emitter -> {
            Context parent = Vertx.currentContext() != null ? Vertx.currentContext() : vertx.getOrCreateContext();
            Context fresh = VertxContext.createNewDuplicatedContext(parent);
            VertxContextSafetyToggle.setContextSafe(fresh, true);
            fresh.runOnContext(ignored -> {
                try {
                    Panache.withSession(() -> proceed(invocation))
                            .subscribe().with(emitter::complete, emitter::fail);
                } catch (Throwable failure) {
                    emitter.fail(failure);
                }
            });
        });
    }

    @SuppressWarnings("unchecked")
    private static Uni<Object> proceed(InvocationContext invocation) {
        try {
            return (Uni<Object>) invocation.proceed();
        } catch (Exception e) {
            return Uni.createFrom().failure(e);
        }
    }
}
