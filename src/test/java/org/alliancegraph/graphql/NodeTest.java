package org.alliancegraph.graphql;

import static io.restassured.RestAssured.given;
import static org.alliancegraph.support.GraphQL.error;
import static org.alliancegraph.support.GraphQL.query;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Every record has a global id that node(id:) resolves to the same record, whatever its type. */
@QuarkusTest
class NodeTest {

    private static final String NODE = """
            query($id: ID!) {
              node(id: $id) {
                id __typename
                ... on Statement { slug }
                ... on Actor { slug }
                ... on Mission { slug }
                ... on Document { slug }
                ... on Excerpt { start }
              }
            }
            """;

    @Test
    void everyIdLeadsBackToItsRecord() {
        JsonPath answer = query("""
                query {
                  statement(slug: "us-demands-end-of-iraq-mission") {
                    id speaker { id } reports { id document { id } excerpt { id } }
                  }
                  mission(slug: "kfor") { id }
                }
                """);
        Map<String, String> expected = Map.of(
                answer.getString("data.statement.id"), "Statement",
                answer.getString("data.statement.speaker.id"), "Actor",
                answer.getString("data.statement.reports[0].id"), "Report",
                answer.getString("data.statement.reports[0].document.id"), "Document",
                answer.getString("data.statement.reports[0].excerpt.id"), "Excerpt",
                answer.getString("data.mission.id"), "Mission");
        expected.forEach((id, type) -> {
            JsonPath node = query(NODE, "id", id);
            assertEquals(id, node.getString("data.node.id"));
            assertEquals(type, node.getString("data.node.__typename"));
        });
        assertEquals("us-demands-end-of-iraq-mission",
                query(NODE, "id", answer.getString("data.statement.id")).getString("data.node.slug"));
        assertNotEquals(answer.getString("data.statement.id"), answer.getString("data.mission.id"));
    }

    /** One record of every type, from the seed, with the paths to their ids. */
    private static final String EVERY_TYPE = """
            query {
              alliance(slug: "nato") {
                id names { id } memberships { id }
                missions { id objectives { id } troopStrengths { id } statusChanges { id } }
                events { id }
              }
              actor(name: "Boris Pistorius") { id names { id } roles { id } }
              statement(slug: "us-demands-end-of-iraq-mission") {
                id subjects { id } reports { id document { id } excerpt { id } }
              }
              topics { id }
            }
            """;

    @Test
    void everyTypeThatImplementsNodeResolvesThroughNode() {
        JsonPath answer = query(EVERY_TYPE);
        Map<String, String> idOf = new TreeMap<>();
        idOf.put("Alliance", answer.getString("data.alliance.id"));
        idOf.put("AllianceName", answer.getString("data.alliance.names[0].id"));
        idOf.put("Membership", answer.getString("data.alliance.memberships[0].id"));
        idOf.put("Mission", answer.getString("data.alliance.missions[0].id"));
        idOf.put("MissionObjective", first(answer, "data.alliance.missions.objectives.flatten().id"));
        idOf.put("TroopStrength", first(answer, "data.alliance.missions.troopStrengths.flatten().id"));
        idOf.put("MissionStatusChange", first(answer, "data.alliance.missions.statusChanges.flatten().id"));
        idOf.put("Event", answer.getString("data.alliance.events[0].id"));
        idOf.put("Actor", answer.getString("data.actor.id"));
        idOf.put("ActorName", answer.getString("data.actor.names[0].id"));
        idOf.put("PersonRole", answer.getString("data.actor.roles[0].id"));
        idOf.put("Statement", answer.getString("data.statement.id"));
        idOf.put("StatementSubject", answer.getString("data.statement.subjects[0].id"));
        idOf.put("Report", answer.getString("data.statement.reports[0].id"));
        idOf.put("Document", answer.getString("data.statement.reports[0].document.id"));
        idOf.put("Excerpt", answer.getString("data.statement.reports[0].excerpt.id"));
        idOf.put("Topic", answer.getString("data.topics[0].id"));

        // The served schema file, not introspection: the prod profile refuses introspection.
        String schema = given().when().get("/graphql/schema.graphql").then().statusCode(200).extract().asString();
        Set<String> nodeTypes = Pattern.compile("type (\\w+) implements Node").matcher(schema).results()
                .map(match -> match.group(1)).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(nodeTypes, idOf.keySet(), "every Node type is tried here");
        idOf.forEach((type, id) -> {
            assertNotNull(id, () -> "the seed has a " + type);
            JsonPath node = query("query($id: ID!) { node(id: $id) { id __typename } }", "id", id);
            assertEquals(id, node.getString("data.node.id"), type);
            assertEquals(type, node.getString("data.node.__typename"), type);
        });
    }

    private static String first(JsonPath answer, String path) {
        List<String> ids = answer.getList(path);
        return ids.isEmpty() ? null : ids.get(0);
    }

    @Test
    void typedLookupsTakeTheGlobalIdOfTheirTypeOnly() {
        JsonPath answer = query(
                "query { actor(slug: \"politico\") { id } document(slug: \"000_ab42d079f1321106\") { id } }");
        String actorId = answer.getString("data.actor.id");
        assertEquals("000_ab42d079f1321106", query("query($id: ID) { document(id: $id) { slug } }", "id",
                answer.getString("data.document.id")).getString("data.document.slug"));
        Map<String, Object> wrongType = error("query($id: ID) { statement(id: $id) { slug } }", "id", actorId);
        assertEquals("id: this id is of type Actor, not Statement", wrongType.get("message"));
    }

    @Test
    void malformedAndUnknownIds() {
        assertEquals("BAD_USER_INPUT", ((Map<?, ?>) error(NODE, "id", "not-an-id").get("extensions")).get("code"));
        String missing = GlobalId.encode("Statement", 999_999_999L);
        assertNull(query(NODE, "id", missing).get("data.node"));
    }
}
