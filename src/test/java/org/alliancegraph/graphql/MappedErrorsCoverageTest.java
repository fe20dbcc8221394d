package org.alliancegraph.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.GraphQLApi;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Every GraphQL API class maps its resolvers' failures: a new API class without {@link MappedErrors} fails here. */
@QuarkusTest
class MappedErrorsCoverageTest {

    @Inject
    BeanManager beans;

    @Test
    void everyGraphQLApiClassMapsItsErrors() {
        List<Class<?>> apis = beans.getBeans(Object.class).stream()
                .map(Bean::getBeanClass)
                .filter(type -> type.isAnnotationPresent(GraphQLApi.class))
                .distinct()
                .toList();
        assertTrue(apis.size() >= 7, "found the GraphQL API classes: " + apis);
        List<Class<?>> without = apis.stream().filter(type -> !type.isAnnotationPresent(MappedErrors.class))
                .toList();
        assertEquals(List.of(), without, "GraphQL API classes without @MappedErrors");
    }
}
