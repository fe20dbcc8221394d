package org.alliancegraph.http;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.alliancegraph.support.Prometheus;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * With a budget of cost in flight of 1 and room for 30 to wait, 24 concurrent requests all run, one at a time, none
 * refused; none waits afterwards.
 */
@QuarkusTest
@TestProfile(WaitingTurnTest.OneAtATime.class)
class WaitingTurnTest {

    public static class OneAtATime implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("alliance.limits.max-cost-in-flight", "1", "alliance.limits.max-queued", "30",
                    "alliance.limits.max-queue-wait", "30s");
        }
    }

    private static final String QUERY = "{ statements(first: 20) { edges { node { slug speaker { name } } } } }";

    @Test
    void requestsBeyondTheBudgetWaitTheirTurn() throws Exception {
        int requests = 24;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(requests);
        List<Future<Response>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < requests; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return given().contentType(ContentType.JSON).body(Map.of("query", QUERY)).post("/graphql");
                }));
            }
            start.countDown();
            for (Future<Response> answer : answers) {
                Response response = answer.get();
                assertEquals(200, response.statusCode(), response.asString());
                assertEquals(20, response.jsonPath().getList("data.statements.edges").size());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(0.0, Prometheus.value("graphql_operations_waiting"), "nobody waits any more");
    }
}
