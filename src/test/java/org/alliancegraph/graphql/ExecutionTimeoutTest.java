package org.alliancegraph.graphql;

import static org.alliancegraph.support.GraphQL.send;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

/** An operation that runs past the execution timeout stops calling resolvers, each refusal with its code. */
@QuarkusTest
@TestProfile(ExecutionTimeoutTest.OneMicrosecond.class)
class ExecutionTimeoutTest {

    public static class OneMicrosecond implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // PostgreSQL's own timeout keeps a value it can read; only the resolvers' deadline is cut short.
            return Map.of("alliance.limits.execution-timeout", "PT0.000001S",
                    "quarkus.datasource.reactive.additional-properties.statement_timeout", "10s");
        }
    }

    @Test
    void resolversCalledAfterTheDeadlineFailWithExecutionTimeout() {
        JsonPath answer = send("{ alliances { slug } missions(first: 5) { totalCount } }");
        List<String> codes = answer.getList("errors.extensions.code");
        assertEquals(List.of("EXECUTION_TIMEOUT", "EXECUTION_TIMEOUT"), codes);
        assertTrue(answer.getString("errors[0].message").startsWith("the operation ran longer than 0 ms"),
                answer.getString("errors[0].message"));
    }

    @Test
    void aReadPlanPastTheDeadlineAnswersExecutionTimeoutWithoutRunningAgain() {
        JsonPath answer = send("{ alliances { slug missions { slug } } }"); // a query a read plan serves
        assertEquals(List.of("EXECUTION_TIMEOUT"), answer.getList("errors.extensions.code"), answer.prettify());
        assertTrue(answer.getString("errors[0].message").startsWith("the operation ran longer than 0 ms"),
                answer.getString("errors[0].message"));
        assertNull(answer.get("data"), answer.prettify());
    }
}
