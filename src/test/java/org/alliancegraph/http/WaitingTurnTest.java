package org.alliancegraph.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.alliancegraph.support.Concurrently;
import org.alliancegraph.support.Prometheus;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
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
        for (Response response : Concurrently.post(24, QUERY)) {
            assertEquals(200, response.statusCode(), response.asString());
            assertEquals(20, response.jsonPath().getList("data.statements.edges").size());
        }
        assertEquals(0.0, Prometheus.value("graphql_operations_waiting"), "nobody waits any more");
    }
}
