package org.alliancegraph.statement;

import static org.alliancegraph.support.GraphQL.query;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Every statement annotated in {@code seeds/000_ab42d079f1321106.yaml} comes back through the API with its speaker,
 * kind, evidential status, stances, reporting outlet, cited sources and the exact excerpt of the document.
 */
@QuarkusTest
class ArticleAnnotationsTest {

    private static final String STATEMENT = """
            query($slug: String!) {
              statement(slug: $slug) {
                slug kind evidentialStatus text lang quote translation
                speaker { slug }
                speakerRole { key }
                event { slug }
                subjects { stance alliance { slug } mission { slug } actor { slug } event { slug } topic { slug } }
                reports {
                  excerpt { text start end document { slug text } }
                  reportedBy { slug }
                  cites { slug }
                }
              }
            }
            """;

    @TestFactory
    Stream<DynamicTest> everyAnnotatedStatementIsServed() throws IOException {
        JsonNode seed = new ObjectMapper(new YAMLFactory())
                .readTree(Files.readString(Path.of("seeds/000_ab42d079f1321106.yaml")));
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode expected : seed.get("statements")) {
            String slug = expected.get("slug").asText();
            tests.add(DynamicTest.dynamicTest(slug, () -> check(expected, query(STATEMENT, "slug", slug))));
        }
        assertEquals(23, tests.size(), "statements annotated in the article");
        return tests.stream();
    }

    private static void check(JsonNode expected, JsonPath answer) {
        String at = "data.statement.";
        assertEquals(expected.get("speaker").asText(), answer.getString(at + "speaker.slug"));
        assertEquals(text(expected, "speakerRole"), answer.getString(at + "speakerRole.key"));
        assertEquals(text(expected, "event"), answer.getString(at + "event.slug"));
        assertEquals(expected.get("kind").asText(), answer.getString(at + "kind"));
        assertEquals(expected.get("evidentialStatus").asText(), answer.getString(at + "evidentialStatus"));
        assertEquals(expected.get("text").asText(), answer.getString(at + "text"));
        assertEquals(text(expected, "quote"), answer.getString(at + "quote"));

        List<Map<String, Object>> subjects = answer.getList(at + "subjects");
        assertEquals(expected.get("subjects").size(), subjects.size());
        for (int i = 0; i < subjects.size(); i++) {
            JsonNode want = expected.get("subjects").get(i);
            Map<String, Object> got = subjects.get(i);
            assertEquals(want.get("stance").asText(), got.get("stance"));
            for (String kind : List.of("alliance", "mission", "actor", "event", "topic")) {
                @SuppressWarnings("unchecked")
                Map<String, Object> target = (Map<String, Object>) got.get(kind);
                assertEquals(text(want, kind), target == null ? null : target.get("slug"), kind);
            }
        }

        List<Map<String, Object>> reports = answer.getList(at + "reports");
        assertEquals(expected.get("reports").size(), reports.size());
        for (int i = 0; i < reports.size(); i++) {
            JsonNode want = expected.get("reports").get(i);
            String r = at + "reports[" + i + "].";
            String excerpt = answer.getString(r + "excerpt.text");
            assertEquals(want.get("source").get("quote").asText(), excerpt);
            String document = answer.getString(r + "excerpt.document.text");
            int start = answer.getInt(r + "excerpt.start");
            int end = answer.getInt(r + "excerpt.end");
            assertEquals(excerpt, document.substring(document.offsetByCodePoints(0, start),
                    document.offsetByCodePoints(0, end)), "the span reads the excerpt");
            assertEquals("000_ab42d079f1321106", answer.getString(r + "excerpt.document.slug"));
            assertEquals(text(want, "reportedBy"), answer.getString(r + "reportedBy.slug"));
            List<String> cites = new ArrayList<>();
            if (want.has("cites")) {
                want.get("cites").forEach(c -> cites.add(c.asText()));
            }
            assertEquals(cites, answer.getList(r + "cites.slug"));
        }
        assertTrue(answer.getString(at + "translation").length() > 0, "every statement has an English translation");
    }

    private static String text(JsonNode node, String field) {
        return node.has(field) ? node.get(field).asText() : null;
    }
}
