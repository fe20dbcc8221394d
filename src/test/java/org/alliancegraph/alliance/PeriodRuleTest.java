package org.alliancegraph.alliance;

import static org.alliancegraph.support.GraphQL.query;
import static org.alliancegraph.support.GraphQL.queryAs;
import static org.alliancegraph.support.GraphQL.sendAs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;

import org.alliancegraph.support.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The rule on periods is the same on both write paths (the mutations, and ingestDocument with the seed loader) and is
 * the database's: an end whose first day is before the start's first day is BAD_USER_INPUT ("2010-06" to "2010", which
 * the mutations used to let through to the database's check: an internal error), and a refused write stores nothing.
 */
@QuarkusTest
class PeriodRuleTest {

    private static final String ADD = """
            mutation($input: MembershipInput!) { addMembership(input: $input) { from { value } until { value } } }
            """;
    private static final String INGEST = """
            mutation($text: String!, $annotations: String!) { ingestDocument(text: $text, annotations: $annotations) {
              outcome } }
            """;

    private static String editor() {
        return Tokens.token("ed", "editor");
    }

    @Test
    void theMutationTakesAPeriodThatEndsAfterItStartsAndRefusesTheOthers() {
        queryAs(editor(), "mutation { createAlliance(input: { slug: \"period-rule-pact\", name: \"Period rule pact\" })"
                + " { slug } }");
        JsonPath added = queryAs(editor(), ADD, "input", Map.of("alliance", "period-rule-pact", "actor", "germany",
                "status", "MEMBER", "from", "2010", "until", "2010-06"));
        assertEquals("2010-06", added.getString("data.addMembership.until.value"));
        for (List<String> period : List.of(List.of("2010-06", "2010"), List.of("2010", "2009-12"))) {
            JsonPath refused = sendAs(editor(), ADD, "input", Map.of("alliance", "period-rule-pact", "actor",
                    "france", "status", "MEMBER", "from", period.get(0), "until", period.get(1)));
            assertEquals("BAD_USER_INPUT", refused.getString("errors[0].extensions.code"), period.toString());
            assertEquals("input.until", refused.getString("errors[0].extensions.field"));
        }
        assertEquals(List.of("germany"), memberships("period-rule-pact"), "the refused ones are not stored");
    }

    @Test
    void ingestDocumentTakesAPeriodThatEndsAfterItStartsAndRefusesTheOthers() {
        JsonPath stored = queryAs(editor(), INGEST, "text", "Period rule test: the ingest pact.", "annotations",
                pact("period-rule-ingest", "2010", "2010-06"));
        assertEquals("STORED", stored.getString("data.ingestDocument.outcome"));
        assertEquals(List.of("germany"), memberships("period-rule-ingest-pact"));

        JsonPath refused = sendAs(editor(), INGEST, "text", "Period rule test: the refused pact.", "annotations",
                pact("period-rule-refused", "2010-06", "2010"));
        assertEquals("BAD_USER_INPUT", refused.getString("errors[0].extensions.code"));
        assertEquals("annotations/alliances/0/memberships/0/until", refused.getString("errors[0].extensions.field"));
        assertNull(query("query { alliance(slug: \"period-rule-refused-pact\") { slug } }").get("data.alliance"),
                "nothing of the refused call is stored");
        assertNull(query("query { document(slug: \"period-rule-refused\") { slug } }").get("data.document"));
    }

    private static String pact(String document, String from, String until) {
        return """
                document: { slug: %1$s, title: Period rule test, language: en }
                alliances:
                  - slug: %1$s-pact
                    name: %1$s pact
                    memberships:
                      - { actor: germany, status: MEMBER, from: "%2$s", until: "%3$s",
                          source: { from: reference, url: "https://example.org/%1$s" } }
                """.formatted(document, from, until);
    }

    private static List<String> memberships(String alliance) {
        return query("query($slug: String!) { alliance(slug: $slug) { memberships { actor { slug } } } }", "slug",
                alliance).getList("data.alliance.memberships.actor.slug");
    }
}
