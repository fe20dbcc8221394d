package org.alliancegraph.alliance;

import static org.alliancegraph.support.GraphQL.query;
import static org.alliancegraph.support.GraphQL.queryAs;
import static org.alliancegraph.support.GraphQL.sendAs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.alliancegraph.support.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** createAlliance, updateAlliance and addMembership, with their rules. */
@QuarkusTest
class AllianceMutationsTest {

    private static final String CREATE = """
            mutation($input: AllianceInput!) { createAlliance(input: $input) { slug name acronym version createdBy } }
            """;
    private static final String UPDATE = """
            mutation($slug: String!, $version: Int!, $input: AllianceInput!) {
              updateAlliance(slug: $slug, expectedVersion: $version, input: $input) { name founded { value } version }
            }
            """;
    private static final String ADD = """
            mutation($input: MembershipInput!) {
              addMembership(input: $input) { status from { value } until { value } actor { slug } alliance { slug } }
            }
            """;

    private static String editor() {
        return Tokens.token("ed", "editor");
    }

    @Test
    void anAllianceIsCreatedFoundByItsAcronymAndUpdatedFromItsVersion() {
        JsonPath created = queryAs(editor(), CREATE, "input", Map.of("slug", "test-pact", "name", "Test Pact",
                "acronym", "TPX"));
        assertEquals(0, created.getInt("data.createAlliance.version"));
        assertEquals("ed", created.getString("data.createAlliance.createdBy"));
        assertEquals("test-pact", query("query { alliance(name: \"tpx\") { slug } }").getString("data.alliance.slug"));

        JsonPath updated = queryAs(editor(), UPDATE, "slug", "test-pact", "version", 0, "input",
                Map.of("founded", "1999-03"));
        assertEquals("1999-03", updated.getString("data.updateAlliance.founded.value"));
        assertEquals(1, updated.getInt("data.updateAlliance.version"));
        assertEquals("CONFLICT", sendAs(editor(), UPDATE, "slug", "test-pact", "version", 0, "input",
                Map.of("name", "Stale")).getString("errors[0].extensions.code"));
        assertEquals("BAD_USER_INPUT", sendAs(editor(), UPDATE, "slug", "test-pact", "version", 1, "input",
                Map.of("founded", "1999-13")).getString("errors[0].extensions.code"));
        assertEquals("CONFLICT", sendAs(editor(), CREATE, "input", Map.of("slug", "test-pact", "name", "Again"))
                .getString("errors[0].extensions.code"));
        assertEquals("input.name", sendAs(editor(), CREATE, "input", Map.of("slug", "test-nameless"))
                .getString("errors[0].extensions.field"));
    }

    @Test
    void aMembershipIsAddedOnceWithItsPeriodInOrder() {
        queryAs(editor(), CREATE, "input", Map.of("slug", "test-league", "name", "Test League"));
        JsonPath added = queryAs(editor(), ADD, "input", Map.of("alliance", "test-league", "actor", "germany",
                "status", "MEMBER", "from", "2001", "until", "2010-06"));
        assertEquals("2001", added.getString("data.addMembership.from.value"));
        assertEquals("germany", added.getString("data.addMembership.actor.slug"));
        List<String> members = query("query { alliance(slug: \"test-league\") { members { actor { slug } } } }")
                .getList("data.alliance.members.actor.slug");
        assertEquals(List.of("germany"), members);

        JsonPath twice = sendAs(editor(), ADD, "input", Map.of("alliance", "test-league", "actor", "germany",
                "status", "MEMBER", "from", "2001"));
        assertEquals("CONFLICT", twice.getString("errors[0].extensions.code"));
        JsonPath backwards = sendAs(editor(), ADD, "input", Map.of("alliance", "test-league", "actor", "france",
                "status", "MEMBER", "from", "2010", "until", "2009-12"));
        assertEquals("input.until", backwards.getString("errors[0].extensions.field"));
        JsonPath unknown = sendAs(editor(), ADD, "input", Map.of("alliance", "test-league", "actor", "atlantis",
                "status", "MEMBER"));
        assertEquals("NOT_FOUND", unknown.getString("errors[0].extensions.code"));
        assertEquals("input.actor", unknown.getString("errors[0].extensions.field"));
        assertTrue(query("query { alliance(slug: \"test-league\") { memberships { actor { slug } } } }")
                .getList("data.alliance.memberships.actor.slug").equals(List.of("germany")), "nothing else stored");
    }

    @Test
    void aRenameKeepsTheOldNameAndAcronymAsAliasesAndEveryUpdateRaisesTheVersion() {
        queryAs(editor(), CREATE, "input", Map.of("slug", "test-rename-pact", "name", "Old Rename Pact",
                "acronym", "ORPX"));
        JsonPath first = queryAs(editor(), UPDATE, "slug", "test-rename-pact", "version", 0, "input",
                Map.of("name", "New Rename Pact", "acronym", "NRPX"));
        JsonPath second = queryAs(editor(), UPDATE, "slug", "test-rename-pact", "version", 1, "input",
                Map.of("founded", "2001"));
        assertEquals(List.of(1, 2), List.of(first.getInt("data.updateAlliance.version"),
                second.getInt("data.updateAlliance.version")), "n + 1, then n + 2");
        for (String name : List.of("New Rename Pact", "NRPX", "Old Rename Pact", "orpx")) {
            assertEquals("test-rename-pact", query("query($name: String!) { alliance(name: $name) { slug } }",
                    "name", name).getString("data.alliance.slug"), name);
        }
        JsonPath names = query("query { alliance(slug: \"test-rename-pact\") { name acronym names { name kind } } }");
        assertEquals("New Rename Pact", names.getString("data.alliance.name"));
        assertEquals("NRPX", names.getString("data.alliance.acronym"));
        assertEquals(Map.of("New Rename Pact", "CANONICAL", "NRPX", "ACRONYM", "Old Rename Pact", "ALIAS", "ORPX",
                "ALIAS"),
                names.<Map<String, String>>getList("data.alliance.names").stream()
                        .collect(Collectors.toMap(n -> n.get("name"), n -> n.get("kind"))));
        assertEquals("test-rename-pact", query("query { searchNames(query: \"Old Rename Pact\", first: 1) "
                + "{ alliance { slug } } }").getString("data.searchNames[0].alliance.slug"));

        queryAs(editor(), UPDATE, "slug", "test-rename-pact", "version", 2, "input",
                Map.of("acronym", "New Rename Pact"));
        assertEquals(Map.of("New Rename Pact", "CANONICAL", "NRPX", "ALIAS", "Old Rename Pact", "ALIAS", "ORPX",
                "ALIAS"),
                query("query { alliance(slug: \"test-rename-pact\") { names { name kind } } }")
                        .<Map<String, String>>getList("data.alliance.names").stream()
                        .collect(Collectors.toMap(n -> n.get("name"), n -> n.get("kind"))),
                "an acronym that is the name is not stored twice, and the old one is an alias");
    }
}
