package org.alliancegraph.statement;

import static org.alliancegraph.support.GraphQL.error;
import static org.alliancegraph.support.GraphQL.query;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.alliancegraph.support.SqlStatements;
import org.alliancegraph.support.SqlStatements.Counted;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Dashboard aggregates on the seeded article. */
@QuarkusTest
class StatementStatsTest {

    @Test
    void countsPerPeriodUseTheDocumentDateWhenTheStatementHasNone() {
        JsonPath answer = query("""
                query($filter: StatementFilter) {
                  years: statementCounts(period: YEAR, filter: $filter) { start count }
                  months: statementCounts(period: MONTH, filter: $filter) { start count }
                }
                """, "filter", Map.of("speakers", List.of("elbridge-colby", "boris-pistorius")));
        assertEquals(List.of(Map.of("start", "2026-01-01", "count", 3)), answer.getList("data.years"));
        assertEquals(List.of(Map.of("start", "2026-01-01", "count", 3)), answer.getList("data.months"),
                "the article is dated 2026 only: its statements fall in the period's first month");
    }

    @Test
    void theDateFilterRespectsPrecision() {
        String counts = "query($filter: StatementFilter) { statementCounts(period: YEAR, filter: $filter) { count } }";
        assertEquals(List.of(), query(counts, "filter", Map.of("from", "2027")).getList("data.statementCounts"));
        assertEquals(List.of(), query(counts, "filter", Map.of("until", "2025-12")).getList("data.statementCounts"));
        assertEquals(1, query(counts, "filter", Map.of("from", "2026", "until", "2026-01"))
                .getList("data.statementCounts").size());
        assertEquals("BAD_USER_INPUT",
                ((Map<?, ?>) error(counts, "filter", Map.of("from", "2026-13")).get("extensions"))
                        .get("code"));
    }

    @Test
    void washingtonSpeaksMostAndPoliticoReportsMost() {
        JsonPath answer = query("""
                query {
                  topSpeakers(first: 2) { actor { slug } count }
                  topOutlets { actor { slug } count }
                  kforSpeakers: topSpeakers(filter: { about: { mission: "kfor" } }) { actor { slug } count }
                }
                """);
        assertEquals("united-states", answer.getString("data.topSpeakers[0].actor.slug"));
        assertEquals(11, answer.getInt("data.topSpeakers[0].count"));
        assertEquals(2, answer.getList("data.topSpeakers").size());
        assertEquals(List.of(Map.of("actor", Map.of("slug", "politico"), "count", 4)),
                answer.getList("data.topOutlets"));
        assertEquals(5, answer.getList("data.kforSpeakers").size(), "five speakers on KFOR, one statement each");
    }

    @Test
    void stanceSummariesAreGroupedPerParentInOneStatement() {
        Counted<JsonPath> counted = SqlStatements.count(() -> query("""
                query {
                  missions { edges { node { slug stanceSummary { stance evidentialStatus count } } } }
                }
                """));
        assertTrue(counted.count() <= 2, () -> String.join("\n", counted.statements()));
        List<Map<String, Object>> missions = counted.result().getList("data.missions.edges.node");
        Map<String, Object> kfor = missions.stream().filter(m -> m.get("slug").equals("kfor")).findFirst()
                .orElseThrow();
        assertEquals(List.of(
                Map.of("stance", "NEUTRAL", "evidentialStatus", "CONFIRMED", "count", 1),
                Map.of("stance", "OPPOSES", "evidentialStatus", "REPORTED", "count", 1),
                Map.of("stance", "SUPPORTS", "evidentialStatus", "CONFIRMED", "count", 3)), kfor.get("stanceSummary"));
        JsonPath reportedOnly = query("""
                query($f: StatementFilter) { mission(slug: "kfor") { stanceSummary(filter: $f) { stance count } } }
                """, "f", Map.of("evidentialStatuses", List.of("REPORTED")));
        assertEquals(List.of(Map.of("stance", "OPPOSES", "count", 1)),
                reportedOnly.getList("data.mission.stanceSummary"));
    }
}
