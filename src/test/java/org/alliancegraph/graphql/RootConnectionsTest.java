package org.alliancegraph.graphql;

import static org.alliancegraph.support.GraphQL.error;
import static org.alliancegraph.support.GraphQL.query;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.alliancegraph.seed.SeedLoader;
import org.alliancegraph.support.SqlStatements;
import org.alliancegraph.support.SqlStatements.Counted;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.path.json.JsonPath;

/** The connections of actors, missions, documents and a document's reports: keyset pages in a stable order. */
@QuarkusTest
class RootConnectionsTest {

    private static final String ACTORS = """
            query($kind: ActorKind, $first: Int, $after: String, $last: Int, $before: String) {
              actors(kind: $kind, first: $first, after: $after, last: $last, before: $before) {
                totalCount
                edges { cursor node { slug name kind } }
                pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
              }
            }
            """;

    @Inject
    SeedLoader loader;

    @Test
    void actorsComeByNameAndPageForwardAndBackward() {
        JsonPath all = query(ACTORS, "first", 100);
        List<String> names = all.getList("data.actors.edges.node.name");
        assertEquals(all.getInt("data.actors.totalCount"), names.size(), "the seed has fewer than 100 actors");
        assertTrue(names.size() > 40);
        List<String> slugs = all.getList("data.actors.edges.node.slug");

        List<String> forward = new ArrayList<>();
        String after = null;
        boolean more = true;
        while (more) {
            JsonPath page = query(ACTORS, "first", 7, "after", after);
            forward.addAll(page.getList("data.actors.edges.node.slug"));
            more = page.getBoolean("data.actors.pageInfo.hasNextPage");
            after = page.getString("data.actors.pageInfo.endCursor");
        }
        assertEquals(slugs, forward);

        List<String> backward = new ArrayList<>();
        String before = null;
        more = true;
        while (more) {
            JsonPath page = query(ACTORS, "last", 9, "before", before);
            backward.addAll(0, page.getList("data.actors.edges.node.slug"));
            more = page.getBoolean("data.actors.pageInfo.hasPreviousPage");
            before = page.getString("data.actors.pageInfo.startCursor");
        }
        assertEquals(slugs, backward);
    }

    @Test
    void actorsFilteredByKindAreCountedWithTheSameFilter() {
        JsonPath states = query(ACTORS, "kind", "STATE", "first", 3);
        assertEquals(List.of("STATE", "STATE", "STATE"), states.getList("data.actors.edges.node.kind"));
        assertTrue(states.getInt("data.actors.totalCount") >= 32, "NATO's members are states");
        assertTrue(states.getBoolean("data.actors.pageInfo.hasNextPage"));
        assertFalse(states.getBoolean("data.actors.pageInfo.hasPreviousPage"));
    }

    @Test
    void anActorAddedBeforeTheCursorShiftsNothing() throws Throwable {
        JsonPath first = query(ACTORS, "kind", "THINK_TANK", "first", 1);
        String cursor = first.getString("data.actors.pageInfo.endCursor");
        List<String> reference = query(ACTORS, "kind", "THINK_TANK", "first", 5, "after", cursor)
                .getList("data.actors.edges.node.slug");
        VertxContextSupport.subscribeAndAwait(() -> loader.load("test/actor-between-pages.yaml", """
                actors:
                  - { slug: aaa-paging-test-think-tank, kind: THINK_TANK, name: AAA paging test think tank }
                """.getBytes(StandardCharsets.UTF_8)));
        assertEquals(reference, query(ACTORS, "kind", "THINK_TANK", "first", 5, "after", cursor)
                .getList("data.actors.edges.node.slug"));
        assertEquals("aaa-paging-test-think-tank",
                query(ACTORS, "kind", "THINK_TANK", "first", 1).getString("data.actors.edges[0].node.slug"));
    }

    @Test
    void aCursorOfAnotherListIsRefused() {
        String missionCursor = query("query { missions(first: 1) { pageInfo { endCursor } } }")
                .getString("data.missions.pageInfo.endCursor");
        Map<String, Object> error = error(ACTORS, "first", 2, "after", missionCursor);
        assertEquals("BAD_USER_INPUT", ((Map<?, ?>) error.get("extensions")).get("code"));
        assertEquals("after: this cursor does not belong to the actor list", error.get("message"));
    }

    @Test
    void missionsPageByName() {
        String page = """
                query($after: String) {
                  missions(alliance: "nato", first: 1, after: $after) {
                    edges { node { acronym } } pageInfo { hasNextPage endCursor }
                  }
                }
                """;
        JsonPath first = query(page);
        assertEquals(List.of("KFOR"), first.getList("data.missions.edges.node.acronym"));
        assertTrue(first.getBoolean("data.missions.pageInfo.hasNextPage"));
        JsonPath second = query(page, "after", first.getString("data.missions.pageInfo.endCursor"));
        assertEquals(List.of("NMI"), second.getList("data.missions.edges.node.acronym"));
    }

    @Test
    void aDocumentsReportsPageInTextOrderInOneStatementPerLevel() {
        String reports = """
                query($after: String) {
                  document(slug: "000_ab42d079f1321106") {
                    reports(first: 10, after: $after) {
                      totalCount
                      edges { node { excerpt { start } statement { slug } } }
                      pageInfo { hasNextPage endCursor }
                    }
                  }
                }
                """;
        List<Integer> starts = new ArrayList<>();
        String after = null;
        boolean more = true;
        while (more) {
            JsonPath page = query(reports, "after", after);
            assertEquals(26, page.getInt("data.document.reports.totalCount"));
            starts.addAll(page.getList("data.document.reports.edges.node.excerpt.start"));
            more = page.getBoolean("data.document.reports.pageInfo.hasNextPage");
            after = page.getString("data.document.reports.pageInfo.endCursor");
        }
        assertEquals(26, starts.size());
        assertEquals(starts.stream().sorted().toList(), starts);

        Counted<JsonPath> counted = SqlStatements.count(() -> query(
                """
                        query {
                          documents(first: 100) {
                            edges { node { slug reports(first: 5) { totalCount edges { node { statement { slug speaker { slug } } } } } } }
                          }
                        }
                        """));
        assertTrue(counted.result().getList("data.documents.edges").size() >= 1);
        assertTrue(counted.count() <= 3, () -> "documents, their reports and counts: " + counted.statements());
    }
}
