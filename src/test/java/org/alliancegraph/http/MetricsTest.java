package org.alliancegraph.http;

import static io.restassured.RestAssured.given;
import static org.alliancegraph.support.GraphQL.query;
import static org.alliancegraph.support.GraphQL.send;
import static org.alliancegraph.support.Prometheus.value;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

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

    @Test
    void errorsAreCountedPerFieldAndCode() {
        String series = "graphql_errors_total{code=\"BAD_USER_INPUT\",field=\"statements\",type=\"QUERY\"}";
        double before = value(series);
        send("{ statements(first: 500) { totalCount } }");
        send("{ statements(first: 0) { totalCount } }");
        assertEquals(before + 2, value(series));
    }

    @Test
    void requestsRefusedBeforeExecutionAreCountedByCode() {
        String deep = "graphql_rejected_total{code=\"QUERY_TOO_DEEP\",transport=\"post\"}";
        String invalid = "graphql_rejected_total{code=\"GRAPHQL_VALIDATION_FAILED\",transport=\"post\"}";
        double deepBefore = value(deep);
        double invalidBefore = value(invalid);
        send("{ actor(slug: \"poland\") { " + "country { ".repeat(15) + "slug" + " }".repeat(15) + " } }");
        send("{ noSuchField }");
        assertEquals(deepBefore + 1, value(deep));
        assertEquals(invalidBefore + 1, value(invalid));
    }

    @Test
    void aRepeatedDocumentIsParsedOnce() {
        String parses = "cache_gets_total{cache=\"graphql.documents\",result=\"miss\"}";
        String reuses = "cache_gets_total{cache=\"graphql.documents\",result=\"hit\"}";
        String document = "{ mission(slug: \"kfor\") { acronym } parsedOnce: __typename }";
        double parsesBefore = value(parses);
        double reusesBefore = value(reuses);
        for (int i = 0; i < 3; i++) {
            assertEquals("KFOR", send(document).getString("data.mission.acronym"));
        }
        assertEquals(parsesBefore + 1, value(parses), "parsed the first time only");
        assertEquals(reusesBefore + 2, value(reuses));
    }
}
