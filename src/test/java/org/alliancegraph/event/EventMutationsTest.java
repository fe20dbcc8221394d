package org.alliancegraph.event;

import static org.alliancegraph.support.GraphQL.query;
import static org.alliancegraph.support.GraphQL.queryAs;
import static org.alliancegraph.support.GraphQL.sendAs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;

import org.alliancegraph.support.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** createEvent, updateEvent and deleteEvent. */
@QuarkusTest
class EventMutationsTest {

    private static final String CREATE = """
            mutation($input: EventInput!) {
              createEvent(input: $input) { slug kind name alliance { slug } start { value } version }
            }
            """;
    private static final String UPDATE = """
            mutation($slug: String!, $version: Int!, $input: EventInput!) {
              updateEvent(slug: $slug, expectedVersion: $version, input: $input) { place end { value } version }
            }
            """;
    private static final String DELETE = "mutation($slug: String!) { deleteEvent(slug: $slug) }";

    @Test
    void anEventIsCreatedUpdatedAndDeleted() {
        String editor = Tokens.token("ed", "editor");
        JsonPath created = queryAs(editor, CREATE, "input", Map.of("slug", "test-summit", "kind", "SUMMIT", "name",
                "Test summit", "alliance", "nato", "start", "2027-07-07"));
        assertEquals("nato", created.getString("data.createEvent.alliance.slug"));
        JsonPath updated = queryAs(editor, UPDATE, "slug", "test-summit", "version", 0, "input",
                Map.of("place", "Tirana", "end", "2027-07-08"));
        assertEquals("Tirana", updated.getString("data.updateEvent.place"));
        assertEquals(1, updated.getInt("data.updateEvent.version"));

        JsonPath backwards = sendAs(editor, UPDATE, "slug", "test-summit", "version", 1, "input",
                Map.of("end", "2027-07-06"));
        assertEquals("input.end", backwards.getString("errors[0].extensions.field"));
        assertEquals("2027-07-08", query("query { event(slug: \"test-summit\") { end { value } } }")
                .getString("data.event.end.value"), "nothing written");
        assertEquals("input.kind", sendAs(editor, CREATE, "input", Map.of("slug", "test-kindless", "name", "X"))
                .getString("errors[0].extensions.field"));

        String admin = Tokens.token("ada", "admin");
        assertEquals("FORBIDDEN", sendAs(editor, DELETE, "slug", "test-summit").getString("errors[0].extensions.code"));
        assertEquals("test-summit", queryAs(admin, DELETE, "slug", "test-summit").getString("data.deleteEvent"));
        assertNull(query("query { event(slug: \"test-summit\") { slug } }").get("data.event"));
        assertEquals("CONFLICT", sendAs(admin, DELETE, "slug", "nato-summit-ankara-2026")
                .getString("errors[0].extensions.code"), "statements are about the Ankara summit");
    }
}
