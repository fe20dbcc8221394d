package org.alliancegraph.graphql;

import static org.alliancegraph.support.GraphQL.error;
import static org.alliancegraph.support.GraphQL.query;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;

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
