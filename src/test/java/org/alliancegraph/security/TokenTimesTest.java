package org.alliancegraph.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.time.Instant;
import java.util.Map;

import jakarta.inject.Inject;

import org.alliancegraph.support.GraphQLWebSocket;
import org.alliancegraph.support.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;

/** A token issued in the future (beyond the clock skew, 60 s) is refused on HTTP and on the WebSocket. */
@QuarkusTest
class TokenTimesTest {

    private static final Map<String, String> WHO = Map.of("query",
            "mutation { deleteActor(slug: \"nobody-at-all-token-times\") }");

    @TestHTTPResource("/graphql")
    URI endpoint;

    @Inject
    Vertx vertx;

    private static String issuedIn(long seconds) {
        return Tokens.issuedAt(Instant.now().plusSeconds(seconds), "ada", "admin");
    }

    @Test
    void aTokenIssuedAYearAheadIsRefused() {
        given().contentType(ContentType.JSON).body(WHO).auth().oauth2(issuedIn(365L * 24 * 3600))
                .when().post("/graphql").then().statusCode(401);
    }

    @Test
    void aTokenIssuedWithinTheClockSkewIsAccepted() {
        given().contentType(ContentType.JSON).body(WHO).auth().oauth2(issuedIn(30))
                .when().post("/graphql")
                .then().statusCode(200).body("errors[0].extensions.code", equalTo("NOT_FOUND"));
    }

    @Test
    void aWebSocketWhoseInitCarriesATokenFromTheFutureIsClosed() throws Exception {
        JsonObject init = new JsonObject().put("Authorization", "Bearer " + issuedIn(365L * 24 * 3600));
        try (GraphQLWebSocket socket = GraphQLWebSocket.open(vertx, endpoint, init)) {
            assertEquals((short) 4403, socket.closeStatus(10));
        }
    }
}
