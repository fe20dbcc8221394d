package org.alliancegraph.statement;

import static org.alliancegraph.support.GraphQL.error;
import static org.alliancegraph.support.GraphQL.query;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.alliancegraph.seed.SeedLoader;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.path.json.JsonPath;

/** The statements connection: keyset pages forward and backward, filters, totalCount and cursor checks. */
@QuarkusTest
class StatementConnectionTest {

    private static final String PAGE = """
            query($filter: StatementFilter, $order: StatementOrder, $first: Int, $after: String, $last: Int,
                  $before: String) {
              statements(filter: $filter, orderBy: $order, first: $first, after: $after, last: $last,
                         before: $before) {
                edges { cursor node { slug } }
                pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
              }
            }
            """;

    private static final Map<String, Object> ARTICLE = Map.of("about", Map.of("alliance", "nato"));

    @Inject
    SeedLoader loader;

    @Test
    void pagingForwardVisitsEveryStatementOnceInOrder() {
        List<String> all = slugs(query(PAGE, "first", 100));
        List<String> paged = new ArrayList<>();
        String after = null;
        boolean more = true;
        while (more) {
            JsonPath page = query(PAGE, "first", 5, "after", after);
            paged.addAll(slugs(page));
            more = page.getBoolean("data.statements.pageInfo.hasNextPage");
            after = page.getString("data.statements.pageInfo.endCursor");
        }
        assertTrue(all.size() >= 23);
        assertEquals(all, paged);
    }

    @Test
    void pagingBackwardFromTheEndGivesTheSameListReversed() {
        List<String> all = slugs(query(PAGE, "first", 100));
        List<String> paged = new ArrayList<>();
        String before = null;
        boolean more = true;
        while (more) {
            JsonPath page = query(PAGE, "last", 4, "before", before);
            List<String> slugs = slugs(page);
            paged.addAll(0, slugs);
            more = page.getBoolean("data.statements.pageInfo.hasPreviousPage");
            before = page.getString("data.statements.pageInfo.startCursor");
        }
        assertEquals(all, paged);
        List<String> newestFirst = slugs(query(PAGE, "first", 100, "order", "NEWEST_FIRST"));
        List<String> reversed = new ArrayList<>(all);
        Collections.reverse(reversed);
        assertEquals(reversed, newestFirst);
    }

    @Test
    void anInsertBetweenPagesShiftsNothing() throws Throwable {
        List<String> reference = slugs(query(PAGE, "first", 10, "order", "NEWEST_FIRST"));
        JsonPath first = query(PAGE, "first", 5, "order", "NEWEST_FIRST");
        VertxContextSupport.subscribeAndAwait(() -> loader.load("test/insert-between-pages.yaml", """
                actors:
                  - { slug: paging-test-outlet, kind: MEDIA_OUTLET, name: Paging test outlet }
                document:
                  slug: test-insert-between-pages
                  file: insert-between-pages.txt
                  title: Test-only document
                  language: en
                statements:
                  - slug: test-only-statement-inserted-between-pages
                    speaker: paging-test-outlet
                    kind: ASSERTION
                    evidentialStatus: CONFIRMED
                    text: paging must not move when statements are added
                    lang: en
                    subjects: [ { alliance: nato, stance: NEUTRAL } ]
                    reports: [ { source: { quote: "paging must not move when statements are added" } } ]
                """.getBytes(StandardCharsets.UTF_8)));
        JsonPath second = query(PAGE, "first", 5, "order", "NEWEST_FIRST", "after",
                first.getString("data.statements.pageInfo.endCursor"));
        List<String> paged = new ArrayList<>(slugs(first));
        paged.addAll(slugs(second));
        assertEquals(reference, paged);
        assertEquals("test-only-statement-inserted-between-pages",
                slugs(query(PAGE, "first", 1, "order", "NEWEST_FIRST")).get(0), "the insert is at the top");
    }

    @Test
    void filtersCombine() {
        assertEquals(List.of("us-signals-kfor-reduction"), ofTheSeedArticle(slugs(query(PAGE, "first", 100, "filter",
                Map.of("about", Map.of("mission", "kfor"), "stances", List.of("OPPOSES"))))));
        List<String> reportedUs = ofTheSeedArticle(slugs(query(PAGE, "first", 100, "filter", Map.of(
                "speakers", List.of("united-states"), "evidentialStatuses", List.of("REPORTED")))));
        assertEquals(List.of("us-sees-nato-as-euro-atlantic-defence-alliance", "us-demands-end-of-iraq-mission",
                "us-signals-kfor-reduction", "us-against-inviting-ukraine-to-ankara-summit",
                "us-similar-position-on-indo-pacific-partners", "partners-may-be-limited-to-side-events"),
                reportedUs);
        assertEquals(List.of("us-sees-nato-as-euro-atlantic-defence-alliance", "us-demands-end-of-iraq-mission",
                "nato-no-timetable-for-ending-missions", "us-against-inviting-ukraine-to-ankara-summit"),
                ofTheSeedArticle(
                        slugs(query(PAGE, "first", 100, "filter", Map.of("reportedBy", List.of("politico"))))));
        assertEquals(List.of("morina-kfor-indispensable", "us-line-called-back-to-factory-settings"),
                ofTheSeedArticle(slugs(query(PAGE, "first", 100, "filter", Map.of("kinds", List.of("DIRECT_QUOTE"))))));
        assertEquals(List.of(), ofTheSeedArticle(
                slugs(query(PAGE, "first", 100, "filter", Map.of("languages", List.of("de"))))));
    }

    /** The statements of the list that the seed article reports, in the list's order: other tests add their own. */
    private static List<String> ofTheSeedArticle(List<String> slugs) {
        List<String> seeded = query("query { document(slug: \"000_ab42d079f1321106\") { reports(first: 100) "
                + "{ edges { node { statement { slug } } } } } }")
                .getList("data.document.reports.edges.node.statement.slug");
        return slugs.stream().filter(seeded::contains).toList();
    }

    @Test
    void totalCountIsTheWholeFilteredList() {
        JsonPath answer = query("""
                query($filter: StatementFilter) {
                  statements(filter: $filter, first: 2) { totalCount edges { cursor } pageInfo { hasNextPage } }
                }
                """, "filter", Map.of("speakers", List.of("elbridge-colby", "boris-pistorius")));
        assertEquals(3, answer.getInt("data.statements.totalCount"));
        assertEquals(2, answer.getList("data.statements.edges").size());
        assertTrue(answer.getBoolean("data.statements.pageInfo.hasNextPage"));
    }

    @Test
    void anEmptyPageHasNoCursors() {
        JsonPath answer = query(PAGE, "first", 5, "filter", Map.of("speakers", List.of("nobody")));
        assertEquals(List.of(), answer.getList("data.statements.edges"));
        assertNull(answer.get("data.statements.pageInfo.startCursor"));
        assertFalse(answer.getBoolean("data.statements.pageInfo.hasNextPage"));
    }

    @Test
    void badPagingArgumentsAreRefused() {
        String actorCursor = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("actor:1".getBytes(StandardCharsets.UTF_8));
        Map<String, Object> foreign = error(PAGE, "first", 5, "after", actorCursor);
        assertEquals("after: this cursor does not belong to the statement list", foreign.get("message"));
        assertCode("BAD_USER_INPUT", error(PAGE, "first", 5, "after", "%%%"));
        assertCode("BAD_USER_INPUT", error(PAGE, "first", 101));
        assertCode("BAD_USER_INPUT", error(PAGE, "first", 5, "last", 5));
        assertCode("BAD_USER_INPUT", error(PAGE, "first", 5, "before", actorCursor));
        assertCode("BAD_USER_INPUT", error(PAGE, "filter", ARTICLE, "last", 0));
    }

    @SuppressWarnings("unchecked")
    private static void assertCode(String code, Map<String, Object> error) {
        assertEquals(code, ((Map<String, Object>) error.get("extensions")).get("code"), error.toString());
    }

    private static List<String> slugs(JsonPath page) {
        return page.getList("data.statements.edges.node.slug");
    }
}
