package org.alliancegraph.search;

import static org.alliancegraph.support.GraphQL.error;
import static org.alliancegraph.support.GraphQL.query;
import static org.alliancegraph.support.GraphQL.queryAs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.alliancegraph.support.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Full-text search in French and English, accents ignored, and fuzzy names. */
@QuarkusTest
class SearchTest {

    private static final String STATEMENTS = """
            query($q: String!) { searchStatements(query: $q, first: 5) { rank highlight statement { slug } } }
            """;

    @Test
    void findsTheRightStatements() {
        assertEquals("morina-kfor-indispensable", top("indispensable"));
        assertTrue(slugs("missions Kosovo").contains("us-signals-kfor-reduction"), slugs("missions Kosovo").toString());
        assertEquals("us-against-inviting-ukraine-to-ankara-summit", top("sommet Ankara"));
    }

    @Test
    void accentsAndTheEnglishTranslationsAreSearchedToo() {
        assertEquals(top("sécurité des Balkans"), top("securite des balkans"));
        assertEquals("colby-calls-for-nato-3-0", top("Colby NATO"), "the translation says NATO, the text OTAN");
        assertEquals("us-demands-end-of-iraq-mission", top("Iraq mission end September"));
    }

    @Test
    void findsStatementsByTheirOutletAndCitedSources() {
        List<String> byPolitico = query("""
                query { statements(filter: {reportedBy: ["politico"]}, first: 50) { edges { node { slug } } } }
                """).getList("data.statements.edges.node.slug");
        assertEquals(4, byPolitico.size(), byPolitico.toString());
        List<String> found = query("query { searchStatements(query: \"Politico\", first: 50) { statement { slug } } }")
                .getList("data.searchStatements.statement.slug");
        assertTrue(found.containsAll(byPolitico), "reported by Politico: " + byPolitico + ", found: " + found);
        assertTrue(slugs("diplomates").contains("us-demands-end-of-iraq-mission"),
                "cites two NATO diplomats: " + slugs("diplomates"));
    }

    @Test
    void findsStatementsByTheSupportingExcerptAndTheSubjectsNames() {
        // The excerpt of morina-kfor-indispensable names her; its statement text does not.
        assertTrue(slugs("chercheuse").contains("morina-kfor-indispensable"), slugs("chercheuse").toString());
        // Subjects: the statement about KFOR is found by the mission's acronym even where its text says otherwise.
        List<String> aboutKfor = query("""
                query { mission(slug: "kfor") { discussedIn(first: 50) { edges { node { slug } } } } }
                """).getList("data.mission.discussedIn.edges.node.slug");
        List<String> kfor = query("query { searchStatements(query: \"KFOR\", first: 50) { statement { slug } } }")
                .getList("data.searchStatements.statement.slug");
        assertTrue(kfor.containsAll(aboutKfor), "about KFOR: " + aboutKfor + ", found: " + kfor);
    }

    @Test
    void aSpeakersNewNameIsSearchableAtOnceAndTheOldOneStill() {
        String editor = Tokens.token("ed", "editor");
        queryAs(editor, """
                mutation($text: String!, $annotations: String!) {
                  ingestDocument(text: $text, annotations: $annotations) { outcome }
                }
                """, "text", "Search test: the council said it would stay.", "annotations", """
                actors: [ { slug: search-test-council, kind: GOVERNMENT_BODY, name: Quennic council } ]
                document: { slug: search-test-document, title: Search test, language: en }
                statements:
                  - slug: search-test-statement
                    speaker: search-test-council
                    kind: POSITION
                    evidentialStatus: CONFIRMED
                    text: It would stay.
                    lang: en
                    subjects: [ { actor: search-test-council, stance: SUPPORTS } ]
                    reports: [ { source: { quote: "it would stay" } } ]
                """);
        assertEquals(List.of("search-test-statement"), slugs("Quennic"));
        queryAs(editor, """
                mutation($input: ActorUpdateInput!) {
                  updateActor(slug: "search-test-council", expectedVersion: 0, input: $input) { version }
                }
                """, "input", Map.of("name", "Vexmoor council"));
        assertEquals(List.of("search-test-statement"), slugs("Vexmoor"), "the new name");
        assertEquals(List.of("search-test-statement"), slugs("Quennic"), "the old name, kept as an alias");
    }

    @Test
    void findsWhatAnAnalystTypes() {
        // The speaker's alias: this statement's text says "Les États-Unis", its speaker is also known as Washington.
        String text = query("query { statement(slug: \"us-presses-allies-to-redefine-nato\") { text } }")
                .getString("data.statement.text");
        assertFalse(text.contains("Washington"), text);
        assertTrue(slugs("Washington").contains("us-presses-allies-to-redefine-nato"), slugs("Washington").toString());
        assertEquals("colby-calls-for-nato-3-0", top("OTAN 3.0"));
        List<String> straight = slugs("paramètres d'usine");
        assertEquals(straight, slugs("paramètres d’usine"), "either apostrophe");
        assertEquals("us-line-called-back-to-factory-settings", straight.get(0));
    }

    @Test
    void aFilteredSearchFindsTheMatchesThatTheFilteredListHolds() {
        List<String> filters = List.of(
                "{speakers: [\"united-states\"], evidentialStatuses: [REPORTED]}",
                "{about: {mission: \"kfor\"}, stances: [SUPPORTS]}",
                "{kinds: [DEMAND, SIGNAL, DENIAL], languages: [\"fr\"]}",
                "{reportedBy: [\"politico\"]}",
                "{from: \"2026-01\", until: \"2026-12-31\"}",
                "{stances: [OPPOSES]}");
        for (String words : List.of("OTAN", "mission")) {
            List<String> all = hits(words, null);
            for (String filter : filters) {
                List<String> listed = query("query { statements(filter: " + filter + ", first: 100) "
                        + "{ edges { node { slug } } } }").getList("data.statements.edges.node.slug");
                List<String> expected = all.stream().filter(listed::contains).toList();
                assertEquals(expected, hits(words, filter), words + " with " + filter);
            }
        }
        assertFalse(hits("OTAN", "{reportedBy: [\"politico\"]}").isEmpty(), "the comparison is not empty");
    }

    @Test
    void pagesOfHitsFollowEachOtherInRankOrder() {
        List<String> all = hits("OTAN", null);
        assertTrue(all.size() > 5, all.toString());
        List<String> paged = new ArrayList<>();
        String after = null;
        for (int page = 0; page < all.size(); page++) {
            List<Map<String, Object>> hits = query("""
                    query($after: String) { searchStatements(query: "OTAN", first: 2, after: $after) {
                      cursor statement { slug } } }
                    """, "after", after).getList("data.searchStatements");
            if (hits.isEmpty()) {
                break;
            }
            hits.forEach(hit -> paged.add(((Map<?, ?>) hit.get("statement")).get("slug").toString()));
            after = hits.get(hits.size() - 1).get("cursor").toString();
        }
        assertEquals(all, paged);
    }

    @Test
    void aCursorOfAnotherListIsRefused() {
        String listCursor = query("query { statements(first: 1) { edges { cursor } } }")
                .getString("data.statements.edges[0].cursor");
        for (String after : List.of(listCursor, "not-a-cursor")) {
            Map<String, Object> error = error("""
                    query($after: String) { searchStatements(query: "OTAN", after: $after) { rank } }
                    """, "after", after);
            assertEquals("BAD_USER_INPUT", ((Map<?, ?>) error.get("extensions")).get("code"), error.toString());
        }
    }

    @Test
    void highlightsTheMatchingWordsAndRanksBestFirst() {
        JsonPath answer = query(STATEMENTS, "q", "indispensable");
        assertTrue(answer.getString("data.searchStatements[0].highlight").contains("<mark>indispensable</mark>"));
        List<Float> ranks = answer.getList("data.searchStatements.rank");
        for (int i = 1; i < ranks.size(); i++) {
            assertTrue(ranks.get(i - 1) >= ranks.get(i), ranks.toString());
        }
    }

    @Test
    void findsTheDocument() {
        JsonPath answer = query("""
                query { searchDocuments(query: "retour aux paramètres d'usine") { highlight document { slug } } }
                """);
        assertEquals("000_ab42d079f1321106", answer.getString("data.searchDocuments[0].document.slug"));
        assertTrue(answer.getString("data.searchDocuments[0].highlight").contains("<mark>"));
    }

    @Test
    void fuzzyNamesFindActorsAlliancesAndMissions() {
        Map<String, String> expected = Map.of(
                "Pistorus", "actor:boris-pistorius",
                "Angelushe Morina", "actor:engjellushe-morina",
                "Turkiye", "actor:turkiye",
                "Politico", "actor:politico",
                "OTAN", "alliance:nato",
                "Kosovo Force", "mission:kfor",
                "NATO Mision Irak", "mission:nato-mission-iraq");
        expected.forEach((name, want) -> {
            JsonPath answer = query("""
                    query($q: String!) {
                      searchNames(query: $q, first: 10) {
                        matchedName similarity actor { slug } alliance { slug } mission { slug }
                      }
                    }
                    """, "q", name);
            List<Map<String, Object>> hits = answer.getList("data.searchNames");
            assertTrue(hits.stream().anyMatch(hit -> want.equals(key(hit))), name + " -> " + hits);
        });
    }

    @Test
    void wordsThatMakeNoLexemeFindNothing() {
        for (String words : List.of("?", "...", "«»")) {
            assertEquals(List.of(), query("query($q: String!) { searchStatements(query: $q) { rank } }", "q", words)
                    .getList("data.searchStatements"), words);
        }
    }

    @Test
    void aBlankSearchIsRefused() {
        assertEquals("query must not be blank", error("query { searchNames(query: \" \") { matchedName } }")
                .get("message"));
    }

    @SuppressWarnings("unchecked")
    private static String key(Map<String, Object> hit) {
        for (String kind : List.of("actor", "alliance", "mission")) {
            Map<String, Object> target = (Map<String, Object>) hit.get(kind);
            if (target != null) {
                return kind + ":" + target.get("slug");
            }
        }
        return null;
    }

    private static List<String> slugs(String words) {
        return query(STATEMENTS, "q", words).getList("data.searchStatements.statement.slug");
    }

    /** The slugs of the first 100 hits, with a filter (GraphQL literal) or none. */
    private static List<String> hits(String words, String filter) {
        String argument = filter == null ? "" : ", filter: " + filter;
        return query("query($q: String!) { searchStatements(query: $q, first: 100" + argument
                + ") { statement { slug } } }", "q", words).getList("data.searchStatements.statement.slug");
    }

    private static String top(String words) {
        List<String> slugs = slugs(words);
        assertTrue(!slugs.isEmpty(), "no hit for " + words);
        return slugs.get(0);
    }
}
