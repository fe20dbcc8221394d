package org.alliancegraph.document;

import static org.alliancegraph.support.GraphQL.query;
import static org.alliancegraph.support.GraphQL.queryAs;
import static org.alliancegraph.support.GraphQL.sendAs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.alliancegraph.support.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** ingestDocument: editors only, one transaction, idempotent by the text, annotations replaced when they change. */
@QuarkusTest
class IngestDocumentTest {

    private static final String INGEST = """
            mutation($text: String!, $annotations: String!) {
              ingestDocument(text: $text, annotations: $annotations) {
                outcome
                document { slug title reports { totalCount edges { node { statement { slug text } excerpt { text } } } } }
              }
            }
            """;

    /** Each test ingests a text of its own: a text is stored once, as one document. */
    private static String text(String test) {
        return "Ingest test " + test + ". The ingest-test ministry said the mission must go on.";
    }

    private static String annotations(String documentSlug, String actorSlug, String statementText) {
        return """
                actors:
                  - { slug: %2$s, kind: GOVERNMENT_BODY, name: Ingest test ministry }
                document: { slug: %1$s, title: Ingest test, language: en }
                statements:
                  - slug: %1$s-statement
                    speaker: %2$s
                    kind: POSITION
                    evidentialStatus: CONFIRMED
                    text: %3$s
                    lang: en
                    subjects: [ { alliance: nato, stance: SUPPORTS } ]
                    reports: [ { source: { quote: "the mission must go on" } } ]
                """.formatted(documentSlug, actorSlug, statementText);
    }

    private static String editor() {
        return Tokens.token("ed", "editor");
    }

    @Test
    void anEditorIngestsOnceAndAgainChangesNothing() {
        String annotations = annotations("ingest-once", "ingest-once-ministry", "The mission must go on.");
        JsonPath first = queryAs(editor(), INGEST, "text", text("once"), "annotations", annotations);
        assertEquals("STORED", first.getString("data.ingestDocument.outcome"));
        assertEquals("Ingest test", first.getString("data.ingestDocument.document.title"));
        assertEquals(List.of("the mission must go on"),
                first.getList("data.ingestDocument.document.reports.edges.node.excerpt.text"));

        JsonPath again = queryAs(editor(), INGEST, "text", text("once"), "annotations", annotations);
        assertEquals("UNCHANGED", again.getString("data.ingestDocument.outcome"));
        assertEquals(first.getMap("data.ingestDocument.document"), again.getMap("data.ingestDocument.document"));

        JsonPath renamed = sendAs(editor(), INGEST, "text", text("once"), "annotations",
                annotations("ingest-once-renamed", "ingest-once-ministry", "The mission must go on."));
        assertEquals("annotations/document/slug", renamed.getString("errors[0].extensions.field"));
        assertEquals("annotations/document/slug: this text is stored already, as the document \"ingest-once\"",
                renamed.getString("errors[0].message"));
    }

    @Test
    void changedAnnotationsAreStoredOverThePreviousOnes() {
        queryAs(editor(), INGEST, "text", text("twice"), "annotations",
                annotations("ingest-twice", "ingest-twice-ministry", "The mission must go on."));
        JsonPath changed = queryAs(editor(), INGEST, "text", text("twice"), "annotations",
                annotations("ingest-twice", "ingest-twice-ministry", "The ministry wants the mission to go on."));
        assertEquals("STORED", changed.getString("data.ingestDocument.outcome"));
        assertEquals(List.of("The ministry wants the mission to go on."),
                changed.getList("data.ingestDocument.document.reports.edges.node.statement.text"));
        assertEquals(1, changed.getInt("data.ingestDocument.document.reports.totalCount"));
    }

    @Test
    void aBadAnnotationRejectsTheWholeCallAndStoresNothing() {
        String bad = annotations("ingest-bad", "ingest-bad-ministry", "The mission must go on.")
                .replace("the mission must go on\"", "words that are not in the text\"");
        Map<String, Object> error = sendAs(editor(), INGEST, "text", text("bad"), "annotations", bad)
                .getMap("errors[0]");
        Map<?, ?> extensions = (Map<?, ?>) error.get("extensions");
        assertEquals("BAD_USER_INPUT", extensions.get("code"));
        assertEquals("annotations/statements/0/reports/0/source", extensions.get("field"));
        assertNull(query("query { document(slug: \"ingest-bad\") { slug } }").get("data.document"));
        assertNull(query("query { actor(slug: \"ingest-bad-ministry\") { slug } }").get("data.actor"),
                "the actor of the rejected call was not stored either");
    }

    @Test
    void aFactOfTheArticleWithoutASourceIsRefusedAndOneFromElsewhereSaysWhere() {
        String alliance = """
                alliances:
                  - slug: ingest-fact-pact
                    name: Ingest fact pact
                    decisionRule: Majority
                """;
        String unsourced = annotations("ingest-fact", "ingest-fact-ministry", "The mission must go on.") + alliance;
        Map<String, Object> error = sendAs(editor(), INGEST, "text", text("fact"), "annotations", unsourced)
                .getMap("errors[0]");
        assertEquals("annotations/alliances/0/decisionRuleSource",
                ((Map<?, ?>) error.get("extensions")).get("field"));
        assertTrue(error.get("message").toString().contains("needs a source in its text"), error.toString());
        assertNull(query("query { alliance(slug: \"ingest-fact-pact\") { slug } }").get("data.alliance"));

        queryAs(editor(), INGEST, "text", text("fact"), "annotations", unsourced
                + "    decisionRuleSource: { from: reference, url: \"https://example.org/pact\" }\n");
        JsonPath pact = query(
                "query { alliance(slug: \"ingest-fact-pact\") { decisionRule decisionRuleSource { text } } }");
        assertEquals("Majority", pact.getString("data.alliance.decisionRule"));
        assertNull(pact.get("data.alliance.decisionRuleSource"), "no span of the document supports it");
    }

    @Test
    void anArticleSupportsAFactOfARecordThatAnotherFileDefines() {
        String alliance = """
                alliances:
                  - slug: ingest-pact
                    name: Ingest pact
                    decisionRule: Unanimity
                    decisionRuleSource: { quote: "the mission must go on" }
                """;
        queryAs(editor(), INGEST, "text", text("pact"), "annotations",
                annotations("ingest-pact", "ingest-pact-ministry", "The mission must go on.") + alliance);
        String later = annotations("ingest-pact-later", "ingest-pact-ministry", "The mission must go on.");
        String supports = """
                factSources:
                  - { alliance: ingest-pact, fact: %s, source: { quote: "ingest-test ministry" } }
                """;
        Map<?, ?> wrongFact = (Map<?, ?>) sendAs(editor(), INGEST, "text", text("pact later"), "annotations",
                later + supports.formatted("mandate")).getMap("errors[0].extensions");
        assertEquals("annotations/factSources/0/fact", wrongFact.get("field"));
        queryAs(editor(), INGEST, "text", text("pact later"), "annotations",
                later + supports.formatted("decisionRule"));
        JsonPath pact = query("query { alliance(slug: \"ingest-pact\") { decisionRule "
                + "decisionRuleSource { text document { slug } } } }");
        assertEquals("Unanimity", pact.getString("data.alliance.decisionRule"));
        assertEquals("ingest-test ministry", pact.getString("data.alliance.decisionRuleSource.text"));
        assertEquals("ingest-pact-later", pact.getString("data.alliance.decisionRuleSource.document.slug"));
    }

    @Test
    void annotationsThatAreNotYamlAreBadUserInput() {
        Map<?, ?> extensions = (Map<?, ?>) sendAs(editor(), INGEST, "text", text("yaml"), "annotations",
                "statements: [")
                .getMap("errors[0].extensions");
        assertEquals("BAD_USER_INPUT", extensions.get("code"));
    }

    @Test
    void withoutATokenOrWithoutTheEditorRoleNothingIsStored() {
        String annotations = annotations("ingest-denied", "ingest-denied-ministry", "The mission must go on.");
        JsonPath anonymous = sendAs(null, INGEST, "text", text("denied"), "annotations", annotations);
        assertEquals("UNAUTHENTICATED", anonymous.getString("errors[0].extensions.code"));
        JsonPath reader = sendAs(Tokens.token("rita", "reader"), INGEST, "text", text("denied"), "annotations",
                annotations);
        assertEquals("FORBIDDEN", reader.getString("errors[0].extensions.code"));
        assertEquals("this operation needs the editor role; the token grants reader",
                reader.getString("errors[0].message"));
        assertNull(query("query { document(slug: \"ingest-denied\") { slug } }").get("data.document"));
    }
}
