package org.alliancegraph.seed;

import static org.alliancegraph.support.GraphQL.query;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.path.json.JsonPath;

/** Loading is idempotent and atomic per file; a bad annotation is rejected with the file, entry and field. */
@QuarkusTest
class SeedLoaderTest {

    private static final String COUNTS = """
            query {
              actors(first: 100) { edges { node { slug } } }
              statements(first: 100) { edges { node { slug reports { excerpt { start } } } } }
              mission(slug: "kfor") { statusChanges { kind } troopStrengths { troops } }
              alliance(slug: "nato") { names { name } memberships { actor { slug } } }
            }
            """;

    @Inject
    SeedLoader loader;

    @Test
    void loadingTwiceChangesNothing() throws Throwable {
        String before = query(COUNTS).prettify();
        List<SeedLoader.FileResult> results = VertxContextSupport.subscribeAndAwait(loader::loadAll);
        assertEquals(3, results.size());
        assertTrue(results.stream().allMatch(r -> r.outcome() == SeedLoader.Outcome.UNCHANGED), results.toString());
        assertEquals(before, query(COUNTS).prettify());
    }

    @Test
    void reloadingAChangedFileUpdatesInPlace() throws Throwable {
        String original = Files.readString(Path.of("seeds/reference/topics.yaml"));
        String changed = original.replace("name: NATO 3.0", "name: NATO 3.0 (US proposal)");
        try {
            assertEquals(SeedLoader.Outcome.LOADED, load("reference/topics.yaml", changed).outcome());
            assertEquals("NATO 3.0 (US proposal)", query("query { topic(slug: \"nato-3-0\") { name } }")
                    .getString("data.topic.name"));
        } finally {
            assertEquals(SeedLoader.Outcome.LOADED, load("reference/topics.yaml", original).outcome());
        }
        assertEquals("NATO 3.0", query("query { topic(slug: \"nato-3-0\") { name } }").getString("data.topic.name"));
    }

    @Test
    void anUnknownReferenceRejectsTheWholeFileAndStoresNothing() {
        String file = """
                actors:
                  - { slug: test-only-outlet, kind: MEDIA_OUTLET, name: Test-only outlet }
                topics:
                  - { slug: test-only-topic, name: Test-only topic }
                alliances:
                  - slug: test-only-alliance
                    name: Test-only alliance
                    memberships:
                      - { actor: test-only-outlet, status: MEMBER }
                      - { actor: atlantis, status: MEMBER }
                """;
        SeedException e = assertThrows(SeedException.class, () -> load("test/unknown-reference.yaml", file));
        assertEquals("test/unknown-reference.yaml", e.file());
        assertEquals("/alliances/0/memberships/1/actor", e.location());
        assertTrue(e.getMessage().contains("\"atlantis\""), e.getMessage());
        JsonPath answer = query("""
                query {
                  actor(slug: "test-only-outlet") { slug }
                  topic(slug: "test-only-topic") { slug }
                  alliance(slug: "test-only-alliance") { slug }
                }
                """);
        assertNull(answer.get("data.actor"));
        assertNull(answer.get("data.topic"));
        assertNull(answer.get("data.alliance"));
    }

    @Test
    void anExcerptThatIsNotInTheTextIsRejectedAndTheStoredDocumentIsKept() throws Exception {
        String before = query(COUNTS).prettify();
        String original = Files.readString(Path.of("seeds/000_ab42d079f1321106.yaml"));
        String bad = original.replace("Environ 4 500 militaires sont", "Environ 5 000 militaires sont");
        SeedException e = assertThrows(SeedException.class, () -> load("000_ab42d079f1321106.yaml", bad));
        assertEquals("/missions/1/troopStrengths/0/source", e.location());
        assertTrue(e.getMessage().contains("quote not found in the document"), e.getMessage());
        assertEquals(before, query(COUNTS).prettify(), "the failed load left the database as it was");
    }

    @Test
    void aSchemaViolationNamesTheField() {
        String file = """
                topics:
                  - { slug: Not A Slug, name: x }
                """;
        SeedException e = assertThrows(SeedException.class, () -> load("test/bad-slug.yaml", file));
        assertEquals("/topics/0/slug", e.location());
        assertTrue(e.getMessage().startsWith("test/bad-slug.yaml: /topics/0/slug: does not match"), e.getMessage());
    }

    private SeedLoader.FileResult load(String name, String content) throws Throwable {
        return VertxContextSupport.subscribeAndAwait(() -> loader.load(name, content.getBytes(StandardCharsets.UTF_8)));
    }
}
