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

import groovy.json.JsonOutput;

/** Statement lists nested under alliances, missions, actors and events: paged, filtered, batched per arguments. */
@QuarkusTest
class NestedStatementListsTest {

    @Test
    void aPageReadsOnlyTheSelectedColumnsAndStillAnswersWhatEachStatementHolds() {
        // Few fields of the statement, of its speaker and of the outer-joined role and event (most statements have
        // neither), beside an alias that selects many: both pages read different columns, and must agree.
        JsonPath answer = query("""
                query {
                  alliance(slug: "nato") {
                    missions {
                      few: discussedIn(first: 50) {
                        edges { stance node { speakerRole { title } event { name } speaker { name } text } }
                      }
                      many: discussedIn(first: 50) {
                        edges {
                          stance
                          node {
                            slug kind evidentialStatus lang quote translation said { value precision } version
                            speaker { slug kind name isoCode groupSize }
                            speakerRole { key title originalTitle from { value } }
                            event { slug name place start { value } }
                            text
                          }
                        }
                      }
                    }
                  }
                }
                """);
        List<Map<String, Object>> missions = answer.getList("data.alliance.missions");
        int roles = 0;
        for (Map<String, Object> mission : missions) {
            JsonPath m = new JsonPath(JsonOutput.toJson(mission));
            List<Map<String, Object>> few = m.getList("few.edges");
            List<Map<String, Object>> many = m.getList("many.edges");
            assertEquals(many.size(), few.size());
            for (int i = 0; i < few.size(); i++) {
                String at = "few.edges[" + i + "]";
                String full = "many.edges[" + i + "]";
                assertEquals(m.getString(full + ".stance"), m.getString(at + ".stance"));
                assertEquals(m.getString(full + ".node.text"), m.getString(at + ".node.text"));
                assertEquals(m.getString(full + ".node.speaker.name"), m.getString(at + ".node.speaker.name"));
                assertEquals(m.getString(full + ".node.speakerRole.title"),
                        m.getString(at + ".node.speakerRole.title"));
                assertEquals(m.getString(full + ".node.event.name"), m.getString(at + ".node.event.name"));
                roles += m.getString(at + ".node.speakerRole.title") != null ? 1 : 0;
            }
        }
        assertTrue(roles > 0, "the seed's statements include one made in a role: " + answer.prettify());
    }

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
