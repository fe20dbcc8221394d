package org.alliancegraph.graphql;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

import io.smallrye.mutiny.Uni;

/**
 * Maps the failures of each {@code Uni}-returning resolver ({@link ResolverErrors}). Resolvers need no session of their
 * own: reads open theirs ({@link Reads}), mutations their transaction.
 */
@MappedErrors
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE)
public class MappedErrorsInterceptor {

    @AroundInvoke
    Object mapped(InvocationContext invocation) throws Exception {
        if (!Uni.class.isAssignableFrom(invocation.getMethod().getReturnType())) {
            return invocation.proceed();
        }
        return ResolverErrors.hideInternalErrors(proceed(invocation));
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
