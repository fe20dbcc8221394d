package org.alliancegraph.http;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.alliancegraph.support.Concurrently;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * With a budget of cost in flight of 1 and no queue, concurrent requests are each run or refused with 503 SERVER_BUSY,
 * and the budget is given back when they end; with a queue, they all run, in turn.
 */
@QuarkusTest
@TestProfile(BusyTest.TinyBudget.class)
class BusyTest {

    public static class TinyBudget implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("alliance.limits.max-cost-in-flight", "1", "alliance.limits.max-queued", "0");
        }
    }

    private static final String QUERY = "{ statements(first: 20) { edges { node { slug speaker { name } } } } }";

    @Test
    void requestsBeyondTheBudgetAreRefusedUntilItIsFree() throws Exception {
        int ran = 0;
        int busy = 0;
        for (Response response : Concurrently.post(24, QUERY)) {
            if (response.statusCode() == 503) {
                busy++;
                assertEquals("SERVER_BUSY", response.jsonPath().getString("errors[0].extensions.code"));
                assertEquals("1", response.header("Retry-After"));
            } else {
                ran++;
                assertEquals(200, response.statusCode());
                assertEquals(20, response.jsonPath().getList("data.statements.edges").size());
            }
        }
        assertTrue(ran >= 1 && busy >= 1, ran + " ran, " + busy + " refused");
        // The budget is given back as each response ends, which the client may see a moment before the server does.
        int status = 0;
        for (int attempt = 0; attempt < 20 && status != 200; attempt++) {
            status = given().contentType(ContentType.JSON).body(Map.of("query", QUERY)).post("/graphql").statusCode();
            Thread.sleep(status == 200 ? 0 : 100);
        }
        assertEquals(200, status, "once they have ended, the budget is free again");
    }
}
