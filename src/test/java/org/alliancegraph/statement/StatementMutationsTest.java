package org.alliancegraph.statement;

import static org.alliancegraph.support.GraphQL.query;
import static org.alliancegraph.support.GraphQL.queryAs;
import static org.alliancegraph.support.GraphQL.sendAs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;

import org.alliancegraph.support.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** updateStatement and deleteStatement, on statements of a test document (the seed's stay as they are). */
@QuarkusTest
class StatementMutationsTest {

    private static final String UPDATE = """
            mutation($slug: String!, $version: Int!, $input: StatementUpdateInput!) {
              updateStatement(slug: $slug, expectedVersion: $version, input: $input) {
                evidentialStatus text said { value } version updatedBy
              }
            }
            """;

    private static void ingest(String slug) {
        String text = "Statement test " + slug + ": \"we will stay\", said the test ministry.";
        queryAs(Tokens.token("ed", "editor"), """
                mutation($text: String!, $annotations: String!) {
                  ingestDocument(text: $text, annotations: $annotations) { outcome }
                }
                """, "text", text, "annotations", """
                actors: [ { slug: statement-test-ministry, kind: GOVERNMENT_BODY, name: Statement test ministry } ]
                document: { slug: %1$s, title: Statement test, language: en }
                statements:
                  - slug: %1$s-statement
                    speaker: statement-test-ministry
                    kind: DIRECT_QUOTE
                    evidentialStatus: REPORTED
                    text: The ministry said "we will stay".
                    quote: we will stay
                    lang: en
                    subjects: [ { actor: statement-test-ministry, stance: SUPPORTS } ]
                    reports: [ { source: { quote: "we will stay" } } ]
                """.formatted(slug));
    }

    @Test
    void aReportedStatementIsConfirmedFromItsVersionOnce() {
        ingest("statement-update-test");
        String editor = Tokens.token("ed", "editor");
        String slug = "statement-update-test-statement";
        JsonPath confirmed = queryAs(editor, UPDATE, "slug", slug, "version", 0, "input",
                Map.of("evidentialStatus", "CONFIRMED", "said", "2026-06"));
        assertEquals("CONFIRMED", confirmed.getString("data.updateStatement.evidentialStatus"));
        assertEquals("2026-06", confirmed.getString("data.updateStatement.said.value"));
        assertEquals(1, confirmed.getInt("data.updateStatement.version"));
        assertEquals("CONFLICT", sendAs(editor, UPDATE, "slug", slug, "version", 0, "input",
                Map.of("evidentialStatus", "DENIED")).getString("errors[0].extensions.code"));
        JsonPath noQuote = sendAs(editor, UPDATE, "slug", slug, "version", 1, "input",
                Map.of("text", "The ministry said it would leave."));
        assertEquals("input.text", noQuote.getString("errors[0].extensions.field"));
        assertEquals("CONFIRMED", query("query { statement(slug: \"" + slug + "\") { evidentialStatus } }")
                .getString("data.statement.evidentialStatus"));
    }

    @Test
    void anAdminDeletesAStatementWithItsReports() {
        ingest("statement-delete-test");
        String slug = "statement-delete-test-statement";
        assertEquals("FORBIDDEN", sendAs(Tokens.token("ed", "editor"), "mutation { deleteStatement(slug: \"" + slug
                + "\") }").getString("errors[0].extensions.code"));
        queryAs(Tokens.token("ada", "admin"), "mutation { deleteStatement(slug: \"" + slug + "\") }");
        assertNull(query("query { statement(slug: \"" + slug + "\") { slug } }").get("data.statement"));
        assertEquals(0, query("query { document(slug: \"statement-delete-test\") { reports { totalCount } } }")
                .getInt("data.document.reports.totalCount"));
    }
}
