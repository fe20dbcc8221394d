package org.alliancegraph.graphql;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.interceptor.InterceptorBinding;

/**
 * Gives every {@code Uni}-returning resolver of the annotated {@code @GraphQLApi} class a Hibernate Reactive session of
 * its own. Put it on the class; {@code GraphQLApiSessionTest} fails when a GraphQL API class lacks it.
 *
 * @see ResolverSessionInterceptor
 */
@Inherited
@InterceptorBinding
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface ResolverSession {
}
