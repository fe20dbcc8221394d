package org.alliancegraph.draft;

import static org.alliancegraph.support.GraphQL.queryAs;
import static org.alliancegraph.support.GraphQL.sendAs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.alliancegraph.support.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * draftAnnotations through the API: the seed article is read with what the service knows; bad input and missing roles
 * are refused. {@link DraftRoundTripTest} ingests a draft.
 */
@QuarkusTest
class DraftAnnotationsTest {

    static final String DRAFT = """
            query($text: String!, $language: String, $title: String, $published: String) {
              draftAnnotations(text: $text, language: $language, title: $title, published: $published) {
                yaml language
                sentences { start end headline }
                actors { slug name kind known rolePhrase }
                statements { slug speaker kind evidentialStatus text
                             report { reportedBy cites } subjects { kind slug stance } dates { value bound } }
                dates { text value precision bound }
              }
            }
            """;

    static String editor() {
        return Tokens.token("ed", "editor");
    }

    @Test
    void theSeedArticleIsReadWithWhatTheServiceKnows() throws IOException {
        String text = Files.readString(Path.of("seeds/000_ab42d079f1321106.txt"));
        JsonPath draft = queryAs(editor(), DRAFT, "text", text, "language", "fr", "published", "2026");
        List<Map<String, Object>> statements = draft.getList("data.draftAnnotations.statements");
        Map<String, Object> iraq = statements.stream()
                .filter(s -> s.get("text").toString().contains("Washington aurait demandé")).findFirst().orElseThrow();
        assertEquals("united-states", iraq.get("speaker"));
        assertEquals("REPORTED", iraq.get("evidentialStatus"));
        assertEquals(Map.of("reportedBy", "politico", "cites", List.of("two-nato-diplomats")), iraq.get("report"));
        assertEquals(List.of(Map.of("value", "2026-09", "bound", "BY")), iraq.get("dates"));
        assertTrue(draft.getList("data.draftAnnotations.dates.value").contains("2026-07"), "\"en juillet\", of 2026");
        Map<String, Object> morina = statements.stream().filter(s -> s.get("text").toString().contains("Morina"))
                .findFirst().orElseThrow();
        assertEquals("engjellushe-morina", morina.get("speaker"), "found by her name as the article spells it");
        assertEquals("DIRECT_QUOTE", morina.get("kind"));
        assertTrue(draft.getList("data.draftAnnotations.sentences.headline").contains(true));
    }

    @Test
    void badInputAndMissingRolesAreRefused() {
        assertEquals("UNAUTHENTICATED", sendAs(null, DRAFT, "text", "Un texte.").getString(
                "errors[0].extensions.code"));
        assertEquals("FORBIDDEN", sendAs(Tokens.token("rita", "reader"), DRAFT, "text", "Un texte.").getString(
                "errors[0].extensions.code"));
        for (List<String> refused : List.of(List.of("text", " ", "text"), List.of("language", "de", "language"),
                List.of("published", "2026-13", "published"))) {
            JsonPath answer = sendAs(editor(), DRAFT, "text", refused.get(0).equals("text")
                    ? refused.get(1)
                    : "Un texte.", refused.get(0), refused.get(1));
            assertEquals("BAD_USER_INPUT", answer.getString("errors[0].extensions.code"), answer::prettify);
            assertEquals(refused.get(2), answer.getString("errors[0].extensions.field"), answer::prettify);
        }
    }
}
