package org.alliancegraph.search;

import static org.alliancegraph.support.GraphQL.error;
import static org.alliancegraph.support.GraphQL.query;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

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

    private static String top(String words) {
        List<String> slugs = slugs(words);
        assertTrue(!slugs.isEmpty(), "no hit for " + words);
        return slugs.get(0);
    }
}
