package org.alliancegraph.draft;

import static org.alliancegraph.draft.DraftAnnotationsTest.DRAFT;
import static org.alliancegraph.draft.DraftAnnotationsTest.editor;
import static org.alliancegraph.support.GraphQL.query;
import static org.alliancegraph.support.GraphQL.queryAs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.alliancegraph.support.OwnDatabaseProfile;
import org.alliancegraph.support.TestKeys;
import org.alliancegraph.support.ThrowawayDatabase;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

/**
 * An editor's round trip: a text the service has never seen is drafted, and ingestDocument takes the draft as it is. On
 * a database of its own: the draft's statements are the United States' and Germany's, which tests of the seed count.
 */
@QuarkusTest
@TestProfile(DraftRoundTripTest.Profile.class)
class DraftRoundTripTest {

    /** Its own database, and the test keys, which an editor's token needs. */
    public static class Profile extends OwnDatabaseProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(ThrowawayDatabase.class), new TestResourceEntry(TestKeys.class));
        }
    }

    private static final String INGEST = """
            mutation($text: String!, $annotations: String!) {
              ingestDocument(text: $text, annotations: $annotations) { outcome document { slug reports { totalCount } } }
            }
            """;

    @Test
    void aTextTheServiceHasNeverSeenIsDraftedAndIngestedAsItIs() throws IOException {
        String text = Files.readString(Path.of("src/test/resources/drafts/baltic-brigade-fr.txt"));
        JsonPath draft = queryAs(editor(), DRAFT, "text", text, "title", "Brigade lituanienne", "published",
                "2026-05");
        assertEquals("fr", draft.getString("data.draftAnnotations.language"), "guessed from the text");
        List<Map<String, Object>> statements = draft.getList("data.draftAnnotations.statements");
        assertTrue(statements.size() >= 8, draft::prettify);
        Map<String, Object> demand = statements.stream()
                .filter(s -> s.get("text").toString().startsWith("Les États-Unis auraient demandé")).findFirst()
                .orElseThrow();
        assertEquals("united-states", demand.get("speaker"));
        assertEquals("REPORTED", demand.get("evidentialStatus"), "a French conditional");
        assertEquals("DEMAND", demand.get("kind"));
        assertTrue(draft.getList("data.draftAnnotations.actors").contains(Map.of("slug", "dovile-sakaliene", "name",
                "Dovilė Šakalienė", "kind", "PERSON", "known", false, "rolePhrase",
                "ministre lituanien de la Défense")), draft::prettify);
        assertTrue(draft.getList("data.draftAnnotations.dates").contains(Map.of("text", "d’ici décembre 2027",
                "value", "2027-12", "precision", "MONTH", "bound", "BY")), draft::prettify);

        String yaml = draft.getString("data.draftAnnotations.yaml");
        JsonPath ingested = queryAs(editor(), INGEST, "text", text, "annotations", yaml);
        assertEquals("STORED", ingested.getString("data.ingestDocument.outcome"), ingested::prettify);
        assertEquals(statements.size(), ingested.getInt("data.ingestDocument.document.reports.totalCount"));
        assertEquals("united-states", query("query($slug: String!) { statement(slug: $slug) { speaker { slug } } }",
                "slug", demand.get("slug")).getString("data.statement.speaker.slug"));

        JsonPath again = queryAs(editor(), DRAFT, "text", text, "title", "Brigade lituanienne", "published",
                "2026-05");
        assertTrue(again.getList("data.draftAnnotations.actors.findAll { it.slug == 'dovile-sakaliene' }.known")
                .contains(true), "once ingested, the minister is known");
        assertFalse(again.getString("data.draftAnnotations.yaml").contains("kind: PERSON"),
                "and is not proposed again");
    }

}
