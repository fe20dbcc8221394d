package org.alliancegraph.http;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.net.URI;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import jakarta.inject.Inject;

import org.alliancegraph.support.GraphQLWebSocket;
import org.alliancegraph.support.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * One policy on every transport: the same over-limit operation gets the same code over POST, GET and the WebSocket
 * (graphql-transport-ws, whose subscribe carries queries and mutations too); a mutation over the WebSocket needs the
 * same role as over HTTP, with the token in connection_init; a forged token closes the socket.
 */
@QuarkusTest
class TransportsTest {

    private static final String DEEP = "{ actor(slug: \"poland\") { " + "country { ".repeat(15) + "slug"
            + " }".repeat(15) + " }";
    private static final String COSTLY = "{ statements(first: 100) { edges { node { speaker { discussedIn(first: 100) "
            + "{ edges { node { speaker { slug name } } } } } } } } }";
    private static final String ALIASED = "{ " + IntStream.range(0, 31).mapToObj(i -> "a" + i + ": __typename")
            .collect(Collectors.joining(" "));
    private static final String CREATE = "mutation($input: EventInput!) { createEvent(input: $input) { slug } }";

    @TestHTTPResource("/graphql")
    URI endpoint;

    @Inject
    Vertx vertx;

    @Test
    void anOperationOverALimitGetsTheSameCodeOnEveryTransport() throws Exception {
        Map<String, String> limits = Map.of(DEEP + " }", "QUERY_TOO_DEEP", COSTLY, "QUERY_TOO_COSTLY",
                ALIASED + " }", "QUERY_TOO_MANY_ALIASES");
        for (Map.Entry<String, String> limit : limits.entrySet()) {
            String query = limit.getKey();
            assertEquals(limit.getValue(), overPost(query), query);
            assertEquals(limit.getValue(), overGet(query), query);
            assertEquals(limit.getValue(), overWebSocket(query, new JsonObject(), new JsonObject()), query);
        }
    }

    @Test
    void anOperationPaddedPastTheTokenLimitIsRefusedNotHandedOn() throws Exception {
        // 5,000 more tokens of __typename: within the body and frame sizes, past the parser's limit. (GET cannot carry
        // that many: the request line is limited to 4 KB before.)
        String padding = " __typename".repeat(5_000);
        for (String query : new String[]{DEEP + padding + " }", ALIASED + padding + " }",
                COSTLY.substring(0, COSTLY.length() - 1) + padding + " }"}) {
            assertEquals("GRAPHQL_PARSE_FAILED", overPost(query));
            assertEquals("GRAPHQL_PARSE_FAILED", overWebSocket(query, new JsonObject(), new JsonObject()));
        }
    }

    @Test
    void aMutationOverTheWebSocketNeedsTheRoleItNeedsOverHttp() throws Exception {
        String slug = "zz-transports-" + System.nanoTime();
        JsonObject variables = new JsonObject().put("input", new JsonObject().put("slug", slug).put("kind", "SUMMIT")
                .put("name", "Transports test summit").put("alliance", "nato").put("start", "2027-07-07"));
        assertEquals("UNAUTHENTICATED", overWebSocket(CREATE, variables, new JsonObject()));
        assertEquals("FORBIDDEN", overWebSocket(CREATE, variables, bearer(Tokens.token("rea", "reader"))));
        JsonObject created = answerOverWebSocket(CREATE, variables, bearer(Tokens.token("ed", "editor")));
        assertEquals(slug, created.getJsonObject("payload").getJsonObject("data").getJsonObject("createEvent")
                .getString("slug"), created.encode());
    }

    @Test
    void aForgedTokenClosesTheSocket() throws Exception {
        String forged = Tokens.token("ed", "editor").replaceAll("\\.[^.]*$", ".c2lnbmVk");
        try (GraphQLWebSocket socket = GraphQLWebSocket.open(vertx, endpoint, bearer(forged))) {
            assertEquals((short) 4403, socket.closeStatus(10));
        }
    }

    private static JsonObject bearer(String token) {
        return new JsonObject().put("Authorization", "Bearer " + token);
    }

    private static String overPost(String query) {
        return given().contentType(ContentType.JSON).body(Map.of("query", query)).when().post("/graphql")
                .then().extract().path("errors[0].extensions.code");
    }

    private static String overGet(String query) {
        return given().queryParam("query", query).when().get("/graphql")
                .then().extract().path("errors[0].extensions.code");
    }

    /** The code of the first error the WebSocket answers the operation with. */
    private String overWebSocket(String query, JsonObject variables, JsonObject init) throws Exception {
        JsonObject answer = answerOverWebSocket(query, variables, init);
        Object payload = answer.getValue("payload");
        JsonArray errors = payload instanceof JsonArray array
                ? array
                : ((JsonObject) payload).getJsonArray("errors");
        assertNotNull(errors, answer.encode());
        return errors.getJsonObject(0).getJsonObject("extensions").getString("code");
    }

    /** The first message the WebSocket answers the operation with (next or error). */
    private JsonObject answerOverWebSocket(String query, JsonObject variables, JsonObject init) throws Exception {
        try (GraphQLWebSocket socket = GraphQLWebSocket.open(vertx, endpoint, init)) {
            assertEquals("connection_ack", socket.next(10).getString("type"));
            socket.subscribe("1", query, variables);
            JsonObject answer = socket.next(10);
            assertNotNull(answer, "an answer to " + query);
            return answer;
        }
    }
}
