package org.alliancegraph.http;

import static io.restassured.RestAssured.given;
import static org.alliancegraph.support.GraphQL.query;
import static org.hamcrest.Matchers.containsString;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Prometheus metrics: GraphQL operations, the database client and pool, HTTP, JVM. */
@QuarkusTest
class MetricsTest {

    @Test
    void aQueryShowsUpInTheGraphQLAndDatabaseMetrics() {
        query("{ mission(slug: \"kfor\") { acronym } }");
        given().when().get("/q/metrics")
                .then().statusCode(200)
                .body(containsString("mp_graphql_seconds_count{name=\"mission\",source=\"false\",type=\"QUERY\"}"))
                .body(containsString("postgresql_processing_seconds_count"))
                .body(containsString("sql_pool_queue_delay_seconds_count"))
                .body(containsString("http_server_requests_seconds_count"))
                .body(containsString("jvm_memory_used_bytes"));
    }
}
