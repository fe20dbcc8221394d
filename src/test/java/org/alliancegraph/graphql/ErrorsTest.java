package org.alliancegraph.graphql;

import static org.alliancegraph.support.GraphQL.error;
import static org.alliancegraph.support.GraphQL.query;
import static org.alliancegraph.support.GraphQL.send;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Bad input gets the documented answer: null for what does not exist, a coded error for what is not allowed. */
@QuarkusTest
class ErrorsTest {

    @Test
    void unknownSlugsAndNamesAreNull() {
        var answer = query("""
                query {
                  mission(slug: "no-such-mission") { slug }
                  alliance(name: "Warsaw Pact") { slug }
                  actor(slug: "nobody") { slug }
                  statement(slug: "never-said") { slug }
                  event(slug: "no-summit") { slug }
                }
                """);
        for (String field : new String[]{"mission", "alliance", "actor", "statement", "event"}) {
            assertNull(answer.get("data." + field), field);
        }
    }

    @Test
    void anOversizedPageIsABadUserInputError() {
        Map<String, Object> error = error("query { statements(first: 1000) { edges { cursor } } }");
        assertEquals("BAD_USER_INPUT", extensions(error).get("code"));
        assertEquals("first must be between 1 and 100, was 1000", error.get("message"));
    }

    @Test
    void invalidArgumentsAreBadUserInputErrors() {
        assertEquals("BAD_USER_INPUT", extensions(error("query { statement(id: \"abc\") { slug } }")).get("code"));
        assertEquals("BAD_USER_INPUT", extensions(error("query { actor { slug } }")).get("code"));
        assertEquals("BAD_USER_INPUT", extensions(error("query { actors(first: 0) { totalCount } }")).get("code"));
        assertEquals("BAD_USER_INPUT", extensions(error("""
                query { statements(filter: { about: { mission: "kfor", actor: "ukraine" } }) { edges { cursor } } }
                """)).get("code"));
    }

    @Test
    void aValueOutsideAnEnumIsAValidationError() {
        Map<String, Object> error = error("""
                query { statements(filter: { evidentialStatuses: [RUMOURED] }) { edges { cursor } } }
                """);
        assertEquals("ValidationError", extensions(error).get("classification"));
        assertEquals("WrongType", extensions(error).get("validationErrorType"));
    }

    @Test
    void noErrorShowsAStackTraceOrAClassName() {
        String body = send("query { statement(id: \"-7\") { slug } statements(first: 0) { edges { cursor } } }")
                .prettify();
        assertTrue(body.contains("BAD_USER_INPUT"));
        assertFalse(body.contains("org.alliancegraph"), body);
        assertFalse(body.contains("java.lang"), body);
        assertFalse(body.contains("at org."), body);
        assertFalse(body.contains("stackTrace"), body);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> extensions(Map<String, Object> error) {
        return (Map<String, Object>) error.get("extensions");
    }
}
