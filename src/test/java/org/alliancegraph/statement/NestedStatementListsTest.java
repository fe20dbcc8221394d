package org.alliancegraph.statement;

import static org.alliancegraph.support.GraphQL.error;
import static org.alliancegraph.support.GraphQL.query;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.alliancegraph.support.SqlStatements;
import org.alliancegraph.support.SqlStatements.Counted;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Statement lists nested under alliances, missions, actors and events: paged, filtered, batched per arguments. */
@QuarkusTest
class NestedStatementListsTest {

    @Test
    void aliasesWithDifferentArgumentsGetTheirOwnPages() {
        JsonPath answer = query("""
                query {
                  missions {
                    edges {
                      node {
                        acronym
                        one: discussedIn(first: 1) { edges { node { slug } } }
                        three: discussedIn(first: 3) { edges { node { slug } } }
                        opposed: discussedIn(filter: { stances: [OPPOSES] }) { edges { stance node { slug } } }
                      }
                    }
                  }
                }
                """);
        for (int i = 0; i < 2; i++) {
            String m = "data.missions.edges[" + i + "].node.";
            assertEquals(1, answer.getList(m + "one.edges").size());
            assertEquals(3, answer.getList(m + "three.edges").size());
            assertEquals(answer.getList(m + "one.edges.node.slug").get(0),
                    answer.getList(m + "three.edges.node.slug").get(0));
            List<String> stances = answer.getList(m + "opposed.edges.stance");
            assertFalse(stances.isEmpty());
            assertTrue(stances.stream().allMatch("OPPOSES"::equals), stances.toString());
        }
    }

    @Test
    void aNestedListPagesOnWithItsCursor() {
        String all = """
                query { mission(slug: "kfor") { discussedIn(first: 100) { edges { node { slug } } totalCount } } }
                """;
        JsonPath full = query(all);
        List<String> expected = full.getList("data.mission.discussedIn.edges.node.slug");
        assertEquals(expected.size(), full.getInt("data.mission.discussedIn.totalCount"));
        List<String> paged = new ArrayList<>();
        String after = null;
        boolean more = true;
        while (more) {
            JsonPath page = query("""
                    query($after: String) {
                      mission(slug: "kfor") {
                        discussedIn(first: 2, after: $after) {
                          edges { node { slug } } pageInfo { hasNextPage endCursor }
                        }
                      }
                    }
                    """, "after", after);
            paged.addAll(page.getList("data.mission.discussedIn.edges.node.slug"));
            more = page.getBoolean("data.mission.discussedIn.pageInfo.hasNextPage");
            after = page.getString("data.mission.discussedIn.pageInfo.endCursor");
        }
        assertEquals(expected, paged);
        assertEquals(5, expected.size());
    }

    @Test
    void actorsAndEventsListTheirOwnStatements() {
        JsonPath answer = query("""
                query {
                  us: actor(slug: "united-states") {
                    reported: statements(filter: { evidentialStatuses: [REPORTED] }) { totalCount }
                    all: statements(first: 1, orderBy: NEWEST_FIRST) { totalCount edges { node { slug } } }
                  }
                  ministerial: event(slug: "nato-defence-ministers-brussels-2026") {
                    statements { edges { node { slug speaker { slug } } } }
                  }
                  ukraine: actor(slug: "ukraine") { discussedIn { edges { stance node { slug } } } }
                }
                """);
        assertEquals(6, answer.getInt("data.us.reported.totalCount"));
        assertEquals(11, answer.getInt("data.us.all.totalCount"));
        assertEquals("us-proposes-return-to-original-formula", answer.getString("data.us.all.edges[0].node.slug"));
        assertEquals(List.of("elbridge-colby", "elbridge-colby"),
                answer.getList("data.ministerial.statements.edges.node.speaker.slug"));
        assertEquals(List.of(Map.of("stance", "OPPOSES", "node",
                Map.of("slug", "us-against-inviting-ukraine-to-ankara-summit"))),
                answer.getList("data.ukraine.discussedIn.edges"));
    }

    @Test
    void nestedPagesCostOneStatementPerLevelWhateverTheNumberOfParents() {
        // missions (1) + a page of statements for every mission (1) + their counts (1) + speakers are joined (0)
        Counted<JsonPath> counted = SqlStatements.count(() -> query(
                """
                        query {
                          missions {
                            edges { node { discussedIn(first: 2) { totalCount edges { stance node { slug speaker { slug } } } } } }
                          }
                        }
                        """));
        assertTrue(counted.result().getList("data.missions.edges").size() >= 2);
        assertTrue(counted.count() <= 3, () -> String.join("\n", counted.statements()));
    }

    @Test
    void nestedListsPageForwardOnly() {
        Map<String, Object> error = error("""
                query { mission(slug: "kfor") { discussedIn(first: 500) { edges { cursor } } } }
                """);
        assertEquals("first must be between 1 and 100, was 500", error.get("message"));
    }
}
