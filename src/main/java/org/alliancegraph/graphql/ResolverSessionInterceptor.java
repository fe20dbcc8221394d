package org.alliancegraph.graphql;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

import org.eclipse.microprofile.graphql.Mutation;

import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;

/**
 * Runs each {@code Uni}-returning query resolver with a session of its own; see {@link Sessions} for why. Mutations run
 * one after the other on the request's own context, where the caller's identity is, and open their transaction there.
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
        if (invocation.getMethod().isAnnotationPresent(Mutation.class)) {
            return Sessions.hideInternalErrors(proceed(invocation));
        }
        return Sessions.fresh(vertx, () -> proceed(invocation));
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
