package org.alliancegraph.actor;

import static org.alliancegraph.support.GraphQL.query;
import static org.alliancegraph.support.GraphQL.queryAs;
import static org.alliancegraph.support.GraphQL.sendAs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.alliancegraph.support.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** createActor and deleteActor: roles, validation, references, conflicts; a refused write leaves nothing behind. */
@QuarkusTest
class ActorMutationsTest {

    private static final String CREATE = """
            mutation($input: ActorInput!) {
              createActor(input: $input) { slug name kind version createdBy country { slug } names { name kind } }
            }
            """;

    private static final String DELETE = "mutation($slug: String!) { deleteActor(slug: $slug) }";

    private static final String EXISTS = "query($slug: String!) { actor(slug: $slug) { slug } }";

    private static Map<String, Object> input(String slug, Object... more) {
        Map<String, Object> input = new HashMap<>(Map.of("slug", slug, "kind", "GOVERNMENT_BODY", "name",
                "Test body " + slug));
        for (int i = 0; i < more.length; i += 2) {
            input.put((String) more[i], more[i + 1]);
        }
        return input;
    }

    private static String editor() {
        return Tokens.token("ed", "editor");
    }

    @Test
    void anEditorCreatesAnActorFoundByItsAliases() {
        JsonPath created = queryAs(editor(), CREATE, "input", input("test-created-body", "country", "germany",
                "aliases", List.of("TCB", "Testbehörde")));
        assertEquals("GOVERNMENT_BODY", created.getString("data.createActor.kind"));
        assertEquals(0, created.getInt("data.createActor.version"));
        assertEquals("ed", created.getString("data.createActor.createdBy"));
        assertEquals("germany", created.getString("data.createActor.country.slug"));
        assertEquals(List.of("CANONICAL", "ALIAS", "ALIAS"), created.getList("data.createActor.names.kind"));
        assertEquals("test-created-body",
                query("query { actor(name: \"testbehorde\") { slug } }").getString("data.actor.slug"));
    }

    @Test
    void anUpdateRenamesFromItsVersionAndKeepsTheOldNameAsAnAlias() {
        queryAs(editor(), CREATE, "input", input("test-renamed-body"));
        String update = """
                mutation($slug: String!, $version: Int!, $input: ActorUpdateInput!) {
                  updateActor(slug: $slug, expectedVersion: $version, input: $input) {
                    name version country { slug } names { name kind }
                  }
                }
                """;
        JsonPath renamed = queryAs(editor(), update, "slug", "test-renamed-body", "version", 0, "input",
                Map.of("name", "Renamed test body", "country", "france"));
        assertEquals("Renamed test body", renamed.getString("data.updateActor.name"));
        assertEquals(1, renamed.getInt("data.updateActor.version"));
        assertEquals("france", renamed.getString("data.updateActor.country.slug"));
        assertEquals("test-renamed-body", query("query { actor(name: \"Test body test-renamed-body\") { slug } }")
                .getString("data.actor.slug"), "the old name still finds it");
        assertEquals("CONFLICT", sendAs(editor(), update, "slug", "test-renamed-body", "version", 0, "input",
                Map.of("description", "stale")).getString("errors[0].extensions.code"));
        assertEquals("input.isoCode", sendAs(editor(), update, "slug", "test-renamed-body", "version", 1, "input",
                Map.of("isoCode", "FRA")).getString("errors[0].extensions.field"));
    }

    @Test
    void aSlugInUseIsAConflict() {
        queryAs(editor(), CREATE, "input", input("test-twice-body"));
        JsonPath again = sendAs(editor(), CREATE, "input", input("test-twice-body"));
        assertEquals("CONFLICT", again.getString("errors[0].extensions.code"));
        assertEquals("input.slug", again.getString("errors[0].extensions.field"));
    }

    @Test
    void badInputIsRefusedWithItsFieldAndStoresNothing() {
        assertRefused("BAD_USER_INPUT", "input.slug", input("Not A Slug"));
        assertRefused("BAD_USER_INPUT", "input.isoCode", input("test-iso-body", "isoCode", "DEU"));
        assertRefused("NOT_FOUND", "input.country", input("test-nowhere-body", "country", "atlantis"));
        assertRefused("BAD_USER_INPUT", "input.aliases.1", input("test-alias-body", "aliases", List.of("A", "A")));
        assertNull(query(EXISTS, "slug", "test-iso-body").get("data.actor"));
        assertNull(query(EXISTS, "slug", "test-nowhere-body").get("data.actor"));
        assertNull(query(EXISTS, "slug", "test-alias-body").get("data.actor"));
    }

    @Test
    void onlyAnAdminDeletesAndOnlyWhatNothingRefersTo() {
        queryAs(editor(), CREATE, "input", input("test-deleted-body"));
        assertEquals("FORBIDDEN", sendAs(editor(), DELETE, "slug", "test-deleted-body")
                .getString("errors[0].extensions.code"));
        String admin = Tokens.token("ada", "admin");
        assertEquals("test-deleted-body", queryAs(admin, DELETE, "slug", "test-deleted-body")
                .getString("data.deleteActor"));
        assertNull(query(EXISTS, "slug", "test-deleted-body").get("data.actor"));

        JsonPath referred = sendAs(admin, DELETE, "slug", "united-states");
        assertEquals("CONFLICT", referred.getString("errors[0].extensions.code"));
        assertNotNull(query(EXISTS, "slug", "united-states").get("data.actor"), "still there");
        assertEquals("NOT_FOUND", sendAs(admin, DELETE, "slug", "test-never-created")
                .getString("errors[0].extensions.code"));
    }

    @Test
    void aPersonGetsARoleOnceAndOnlyAPerson() {
        queryAs(editor(), CREATE, "input", Map.of("slug", "test-person", "kind", "PERSON", "name", "Test Person"));
        String add = """
                mutation($input: PersonRoleInput!) {
                  addPersonRole(input: $input) { key title organisation { slug } from { value } }
                }
                """;
        JsonPath added = queryAs(editor(), add, "input", Map.of("person", "test-person", "key", "test-envoy",
                "title", "Test envoy", "organisation", "germany", "from", "2024-02"));
        assertEquals("germany", added.getString("data.addPersonRole.organisation.slug"));
        assertEquals(List.of("test-envoy"), query("query { actor(slug: \"test-person\") { roles { key } } }")
                .getList("data.actor.roles.key"));
        assertEquals("CONFLICT", sendAs(editor(), add, "input", Map.of("person", "test-person", "key", "test-envoy",
                "title", "Again")).getString("errors[0].extensions.code"));
        assertEquals("input.person", sendAs(editor(), add, "input", Map.of("person", "germany", "key", "test-envoy",
                "title", "A state has no roles")).getString("errors[0].extensions.field"));
        assertEquals("input.until", sendAs(editor(), add, "input", Map.of("person", "test-person", "key",
                "test-other", "title", "Backwards", "from", "2024", "until", "2023")).getString(
                        "errors[0].extensions.field"));
    }

    private static void assertRefused(String code, String field, Map<String, Object> input) {
        JsonPath answer = sendAs(editor(), CREATE, "input", input);
        assertEquals(code, answer.getString("errors[0].extensions.code"), answer::prettify);
        assertEquals(field, answer.getString("errors[0].extensions.field"), answer::prettify);
    }
}
