package org.alliancegraph.mission;

import static org.alliancegraph.support.GraphQL.query;
import static org.alliancegraph.support.GraphQL.queryAs;
import static org.alliancegraph.support.GraphQL.sendAs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.alliancegraph.support.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** updateMission: editors only, only the given fields, optimistic locking with CONFLICT, nothing written on failure. */
@QuarkusTest
class MissionMutationsTest {

    private static final String UPDATE = """
            mutation($slug: String!, $version: Int!, $input: MissionUpdateInput!) {
              updateMission(slug: $slug, expectedVersion: $version, input: $input) {
                slug name description version createdBy updatedBy updatedAt
              }
            }
            """;

    private static final String READ = """
            query($slug: String!) { mission(slug: $slug) { name description version updatedBy } }
            """;

    private static final String INGEST = """
            mutation($text: String!, $annotations: String!) {
              ingestDocument(text: $text, annotations: $annotations) { outcome }
            }
            """;

    @BeforeEach
    void testMissionsExist() {
        StringBuilder missions = new StringBuilder(
                "document: { slug: mission-mutations-test, title: Test, language: en }\n"
                        + "missions:\n");
        for (String slug : List.of("zz-test-mission-update", "zz-test-mission-stale", "zz-test-mission-race",
                "zz-test-mission-invalid")) {
            missions.append("  - { slug: ").append(slug).append(", alliance: nato, name: Zz test mission ")
                    .append(slug).append(", kind: TRAINING, theatre: Nowhere, description: As created }\n");
        }
        queryAs(editor(), INGEST, "text", "Test document for mission updates.", "annotations", missions.toString());
    }

    private static String editor() {
        return Tokens.token("ed", "editor");
    }

    private static int version(String slug) {
        return query(READ, "slug", slug).getInt("data.mission.version");
    }

    @Test
    void anUpdateChangesOnlyTheGivenFieldsAndRaisesTheVersion() {
        String slug = "zz-test-mission-update";
        int version = version(slug);
        JsonPath updated = queryAs(editor(), UPDATE, "slug", slug, "version", version, "input",
                Map.of("description", "Changed by the test"));
        assertEquals("Changed by the test", updated.getString("data.updateMission.description"));
        assertEquals("Zz test mission " + slug, updated.getString("data.updateMission.name"));
        assertEquals(version + 1, updated.getInt("data.updateMission.version"));
        assertEquals("ed", updated.getString("data.updateMission.updatedBy"));
        assertEquals(version + 1, version(slug), "stored");
    }

    @Test
    void anUpdateFromAStaleVersionIsAConflictAndWritesNothing() {
        String slug = "zz-test-mission-stale";
        int version = version(slug);
        queryAs(editor(), UPDATE, "slug", slug, "version", version, "input", Map.of("description", "First"));
        JsonPath stale = sendAs(editor(), UPDATE, "slug", slug, "version", version, "input",
                Map.of("description", "Second, from the old version"));
        assertEquals("CONFLICT", stale.getString("errors[0].extensions.code"));
        assertEquals("mission \"" + slug + "\" is at version " + (version + 1) + ", not " + version
                + ": reload it and apply the change again", stale.getString("errors[0].message"));
        assertEquals("First", query(READ, "slug", slug).getString("data.mission.description"));
    }

    @Test
    void ofTwentyConcurrentUpdatesFromOneVersionOneWinsAndNineteenConflict() throws Exception {
        String slug = "zz-test-mission-race";
        int version = version(slug);
        String token = editor();
        ExecutorService pool = Executors.newFixedThreadPool(20);
        try {
            List<Future<JsonPath>> answers = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                String description = "Written by request " + i;
                answers.add(pool.submit(() -> sendAs(token, UPDATE, "slug", slug, "version", version, "input",
                        Map.of("description", description))));
            }
            List<String> winners = new ArrayList<>();
            int conflicts = 0;
            for (Future<JsonPath> answer : answers) {
                JsonPath result = answer.get();
                if (result.get("errors") == null) {
                    winners.add(result.getString("data.updateMission.description"));
                } else {
                    assertEquals("CONFLICT", result.getString("errors[0].extensions.code"), result.prettify());
                    conflicts++;
                }
            }
            assertEquals(1, winners.size());
            assertEquals(19, conflicts);
            JsonPath stored = query(READ, "slug", slug);
            assertEquals(winners.get(0), stored.getString("data.mission.description"));
            assertEquals(version + 1, stored.getInt("data.mission.version"));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void invalidInputAndUnknownMissionsAreRefusedWithTheField() {
        String slug = "zz-test-mission-invalid";
        int version = version(slug);
        JsonPath blank = sendAs(editor(), UPDATE, "slug", slug, "version", version, "input",
                Map.of("name", "  ", "description", "Never stored"));
        assertEquals("BAD_USER_INPUT", blank.getString("errors[0].extensions.code"));
        assertEquals("input.name", blank.getString("errors[0].extensions.field"));
        assertEquals("As created", query(READ, "slug", slug).getString("data.mission.description"));

        JsonPath unknown = sendAs(editor(), UPDATE, "slug", "no-such-mission", "version", 0, "input",
                Map.of("description", "x"));
        assertEquals("NOT_FOUND", unknown.getString("errors[0].extensions.code"));
        assertEquals("slug", unknown.getString("errors[0].extensions.field"));
    }

    @Test
    void onlyEditorsUpdate() {
        String slug = "zz-test-mission-invalid";
        int version = version(slug);
        Map<String, Object> input = Map.of("description", "Never stored");
        assertEquals("UNAUTHENTICATED", sendAs(null, UPDATE, "slug", slug, "version", version, "input", input)
                .getString("errors[0].extensions.code"));
        assertEquals("FORBIDDEN", sendAs(Tokens.token("rita", "reader"), UPDATE, "slug", slug, "version", version,
                "input", input).getString("errors[0].extensions.code"));
        assertEquals("As created", query(READ, "slug", slug).getString("data.mission.description"));
        assertNull(sendAs(Tokens.token("ada", "admin"), UPDATE, "slug", slug, "version", version, "input",
                Map.of("acronym", "ZZ")).get("errors"), "an admin is also an editor");
    }

    @Test
    void aMissionIsCreatedOnceUnderAnAllianceThatExists() {
        String create = """
                mutation($input: MissionInput!) {
                  createMission(input: $input) { slug alliance { slug } theatreActor { slug } start { value } status }
                }
                """;
        JsonPath created = queryAs(editor(), create, "input", Map.of("slug", "zz-test-mission-created", "alliance",
                "nato", "name", "Zz created mission", "kind", "ADVISORY", "theatre", "Iraq", "theatreActor", "iraq",
                "start", "2027"));
        assertEquals("nato", created.getString("data.createMission.alliance.slug"));
        assertEquals("iraq", created.getString("data.createMission.theatreActor.slug"));
        assertEquals("2027", created.getString("data.createMission.start.value"));
        assertNull(created.get("data.createMission.status"), "no status change recorded yet");
        Map<String, Object> again = Map.of("slug", "zz-test-mission-created", "alliance", "nato", "name", "Again",
                "kind", "ADVISORY", "theatre", "Iraq");
        assertEquals("CONFLICT", sendAs(editor(), create, "input", again).getString("errors[0].extensions.code"));
        Map<String, Object> orphan = Map.of("slug", "zz-test-mission-orphan", "alliance", "no-such-alliance", "name",
                "Orphan", "kind", "ADVISORY", "theatre", "Iraq");
        assertEquals("input.alliance", sendAs(editor(), create, "input", orphan)
                .getString("errors[0].extensions.field"));
        assertNull(query(READ, "slug", "zz-test-mission-orphan").get("data.mission"));
    }
}
