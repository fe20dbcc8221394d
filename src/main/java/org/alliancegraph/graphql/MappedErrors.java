package org.alliancegraph.graphql;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.interceptor.InterceptorBinding;

/**
 * Maps the failures of every {@code Uni}-returning resolver of the annotated {@code @GraphQLApi} class as
 * {@link ResolverErrors} says. Put it on the class; {@code MappedErrorsCoverageTest} fails when a GraphQL API class
 * lacks it.
 *
 * @see MappedErrorsInterceptor
 */
@Inherited
@InterceptorBinding
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface MappedErrors {
}
