package org.alliancegraph.statement;

import static org.alliancegraph.support.GraphQL.query;
import static org.alliancegraph.support.GraphQL.sendAs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

import jakarta.inject.Inject;

import org.alliancegraph.support.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.sqlclient.Pool;

/**
 * The rollup of statement counts (migration V8) stays equal to a recount from the statements through ingests, updates
 * and deletes, concurrent ones included; the counts it serves equal those counted from the statements.
 */
@QuarkusTest
class RollupTest {

    private static final String SPEAKERS = "[\"rollup-test-a\", \"rollup-test-b\"]";
    private static final String UPDATE = """
            mutation($slug: String!, $version: Int!, $input: StatementUpdateInput!) {
              updateStatement(slug: $slug, expectedVersion: $version, input: $input) { version }
            }
            """;

    @Inject
    Pool pool;

    @Test
    void theRollupMatchesARecountAfterMixedAndConcurrentWrites() throws Exception {
        ingest("rollup-test-one", "2026-05-10", statements("one", 6, false));
        assertNoDrift();
        assertServedCountsMatchTheStatements();

        String editor = Tokens.token("ed", "editor");
        String admin = Tokens.token("ada", "admin");
        List<Supplier<JsonPath>> writes = List.of(
                () -> sendAs(editor, UPDATE, "slug", "rollup-test-one-1", "version", 0, "input",
                        Map.of("evidentialStatus", "REPORTED")),
                () -> sendAs(editor, UPDATE, "slug", "rollup-test-one-2", "version", 0, "input",
                        Map.of("said", "2026-04-01")),
                () -> sendAs(editor, UPDATE, "slug", "rollup-test-one-3", "version", 0, "input",
                        Map.of("kind", "DEMAND")),
                () -> sendAs(admin, "mutation { deleteStatement(slug: \"rollup-test-one-4\") }"),
                () -> ingestAnswer("rollup-test-two", "2026-06-02", statements("two", 5, false)),
                () -> ingestAnswer("rollup-test-one", "2026-05-10", statements("one", 6, true)),
                () -> sendAs(editor, UPDATE, "slug", "rollup-test-one-6", "version", 0, "input",
                        Map.of("evidentialStatus", "DENIED", "said", "2026-11")),
                () -> sendAs(admin, "mutation { deleteStatement(slug: \"rollup-test-one-5\") }"));
        ExecutorService clients = Executors.newFixedThreadPool(writes.size());
        try {
            List<CompletableFuture<JsonPath>> answers = writes.stream()
                    .map(write -> CompletableFuture.supplyAsync(write, clients)).toList();
            for (CompletableFuture<JsonPath> answer : answers) {
                List<Map<String, Object>> errors = answer.get().getList("errors");
                // A write that lost a race to a concurrent one is refused with CONFLICT or NOT_FOUND, nothing else.
                if (errors != null) {
                    Object code = ((Map<?, ?>) errors.get(0).get("extensions")).get("code");
                    assertTrue(List.of("CONFLICT", "NOT_FOUND").contains(code), errors.toString());
                }
            }
        } finally {
            clients.shutdown();
        }
        assertNoDrift();
        assertServedCountsMatchTheStatements();
    }

    @Test
    void aSubjectListedTwiceIsRefusedAndNothingIsWritten() {
        String yaml = """
                  - slug: rollup-twice-1
                    speaker: rollup-test-a
                    kind: POSITION
                    evidentialStatus: CONFIRMED
                    text: Statement 1.
                    lang: en
                    subjects: [ { actor: rollup-test-x, stance: SUPPORTS }, { actor: rollup-test-x, stance: OPPOSES } ]
                    reports: [ { source: { quote: "Statement 1." } } ]
                """;
        JsonPath answer = ingestAnswer("rollup-twice", null, yaml);
        assertEquals("BAD_USER_INPUT", answer.getString("errors[0].extensions.code"), answer.prettify());
        assertTrue(answer.getString("errors[0].message").contains("listed twice"), answer.prettify());
        assertNull(query("query { statement(slug: \"rollup-twice-1\") { slug } }").get("data.statement"));
    }

    /**
     * Statements numbered 1..n of a document, about actors x and y, varied in every key of the rollup; all dated in
     * 2026, of no kind and language that other tests count across the whole database (DIRECT_QUOTE, de).
     */
    private static String statements(String document, int n, boolean changed) {
        String[] kinds = {"POSITION", "DEMAND", "SIGNAL", "ASSESSMENT", "DENIAL", "PARAPHRASE"};
        String[] statuses = {"CONFIRMED", "REPORTED", "DENIED"};
        String[] stances = {"SUPPORTS", "OPPOSES", "NEUTRAL", "MIXED"};
        String[] said = {"said: \"2026-03-04\"", "said: \"2026-03\"", "", "said: \"2026\""};
        StringBuilder yaml = new StringBuilder();
        for (int i = 1; i <= n; i++) {
            int k = changed ? i + 1 : i;
            String subjects = "{ actor: rollup-test-x, stance: " + stances[k % 4] + " }"
                    + (k % 2 == 0 ? ", { actor: rollup-test-y, stance: " + stances[(k + 1) % 4] + " }" : "");
            yaml.append("""
                      - slug: rollup-test-%1$s-%2$d
                        speaker: %3$s
                        kind: %4$s
                        evidentialStatus: %5$s
                        text: Statement %2$d.
                        lang: %6$s
                        %7$s
                        subjects: [ %8$s ]
                        reports: [ { source: { quote: "Statement %2$d." } } ]
                    """.formatted(document, i, i % 2 == 0 ? "rollup-test-a" : "rollup-test-b", kinds[k % 6],
                    statuses[k % 3], k % 5 == 0 ? "en" : "fr", said[k % 4], subjects));
        }
        return yaml.toString();
    }

    private static void ingest(String document, String published, String statements) {
        JsonPath answer = ingestAnswer(document, published, statements);
        assertNull(answer.get("errors"), answer.prettify());
    }

    private static JsonPath ingestAnswer(String document, String published, String statements) {
        StringBuilder text = new StringBuilder("Rollup test " + document + ".");
        for (int i = 1; i <= 6; i++) {
            text.append(" Statement ").append(i).append('.');
        }
        String annotations = """
                actors:
                  - { slug: rollup-test-a, kind: GOVERNMENT_BODY, name: Rollup test ministry A }
                  - { slug: rollup-test-b, kind: GOVERNMENT_BODY, name: Rollup test ministry B }
                  - { slug: rollup-test-x, kind: STATE, name: Rollup test state X }
                  - { slug: rollup-test-y, kind: STATE, name: Rollup test state Y }
                document: { slug: %s, title: Rollup test, language: fr%s }
                statements:
                """.formatted(document, published == null ? "" : ", published: \"" + published + "\"") + statements;
        return sendAs(Tokens.token("ed", "editor"), """
                mutation($text: String!, $annotations: String!) {
                  ingestDocument(text: $text, annotations: $annotations) { outcome }
                }
                """, "text", text.toString(), "annotations", annotations);
    }

    /**
     * The rollup's rows equal a recount from the statements (the view of migrations V8 and V9 lists the differences).
     */
    private void assertNoDrift() {
        List<String> drift = new ArrayList<>();
        pool.query("select * from statement_rollup_drift").execute().await().indefinitely()
                .forEach(row -> drift.add(row.toJson().encode()));
        assertEquals(List.of(), drift);
    }

    /**
     * What the rollup serves (no speaker in the filter) equals what the statements give (the same filter with the
     * speakers of every test statement, which the rollup cannot answer) and a count of the listed statements.
     */
    private static void assertServedCountsMatchTheStatements() {
        for (String subject : List.of("rollup-test-x", "rollup-test-y")) {
            for (String more : List.of("", ", evidentialStatuses: [REPORTED, DENIED]", ", stances: [SUPPORTS]",
                    ", kinds: [POSITION, DEMAND], languages: [\"fr\"]", ", from: \"2026-03\", until: \"2026-05\"",
                    ", from: \"2026-03-04\", until: \"2026-05-10\"")) {
                String filter = "{about: {actor: \"" + subject + "\"}" + more;
                for (String period : List.of("DAY", "WEEK", "MONTH", "YEAR")) {
                    String counts = "{ start count }";
                    assertEquals(
                            query("query { statementCounts(filter: " + filter + ", speakers: " + SPEAKERS
                                    + "}, period: " + period + ") " + counts + " }").getList("data.statementCounts"),
                            query("query { statementCounts(filter: " + filter + "}, period: " + period + ") " + counts
                                    + " }").getList("data.statementCounts"),
                            filter + " per " + period);
                }
            }
            JsonPath listed = query("query { actor(slug: \"" + subject + "\") { discussedIn(first: 100) { edges "
                    + "{ stance node { evidentialStatus } } } stanceSummary { stance evidentialStatus count } } }");
            Map<String, Integer> recount = new TreeMap<>();
            List<Map<String, Object>> edges = listed.getList("data.actor.discussedIn.edges");
            assertFalse(edges.isEmpty(), subject);
            edges.forEach(edge -> recount.merge(edge.get("stance") + "/"
                    + ((Map<?, ?>) edge.get("node")).get("evidentialStatus"), 1, Integer::sum));
            Map<String, Integer> served = new TreeMap<>();
            listed.<Map<String, Object>>getList("data.actor.stanceSummary").forEach(row -> served
                    .put(row.get("stance") + "/" + row.get("evidentialStatus"),
                            ((Number) row.get("count")).intValue()));
            assertEquals(recount, served, subject);
        }
    }
}
