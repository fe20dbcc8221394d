package org.alliancegraph.http;

import static io.restassured.RestAssured.given;
import static org.alliancegraph.support.GraphQL.queryAs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.util.Map;
import java.util.concurrent.ExecutionException;

import jakarta.inject.Inject;

import org.alliancegraph.live.ChangeFeed;
import org.alliancegraph.support.Burst;
import org.alliancegraph.support.GraphQLWebSocket;
import org.alliancegraph.support.Prometheus;
import org.alliancegraph.support.Subscribers;
import org.alliancegraph.support.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.vertx.core.Vertx;
import io.vertx.core.http.UpgradeRejectedException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/** The WebSocket's own limits: sockets per instance, subscriptions per socket, the time to send connection_init. */
@QuarkusTest
@TestProfile(WebSocketLimitsTest.SmallLimits.class)
class WebSocketLimitsTest {

    private static final String TOO_SLOW = "graphql_subscriptions_ended_total{reason=\"too_slow\"}";

    public static class SmallLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("alliance.limits.max-websockets", "2", "alliance.limits.max-operations-per-socket", "1",
                    "alliance.limits.websocket-init-timeout", "1s", "alliance.live.subscriber-buffer", "2");
        }
    }

    private static final String INGEST = "mutation($text: String!, $annotations: String!) { ingestDocument(text: "
            + "$text, annotations: $annotations) { outcome } }";
    private static final String SUBSCRIPTION = "subscription { statementAdded(mission: \"zz-no-such-mission\") { id } }";

    @TestHTTPResource("/graphql")
    URI endpoint;

    @Inject
    Vertx vertx;

    @Inject
    ChangeFeed feed;

    @AfterEach
    void socketsClosed() throws InterruptedException {
        for (int i = 0; i < 50 && openSockets() > 0; i++) {
            Thread.sleep(100);
        }
        assertEquals(0, openSockets(), "every socket closed and counted out");
    }

    @Test
    void aSocketBeyondTheInstancesLimitIsRefusedAtTheUpgrade() throws Exception {
        try (GraphQLWebSocket first = GraphQLWebSocket.connect(vertx, endpoint);
                GraphQLWebSocket second = GraphQLWebSocket.connect(vertx, endpoint)) {
            assertEquals(2, openSockets());
            ExecutionException refused = assertThrows(ExecutionException.class,
                    () -> GraphQLWebSocket.connect(vertx, endpoint));
            assertEquals(503, ((UpgradeRejectedException) refused.getCause()).getStatus());
        }
    }

    @Test
    void aSubscriptionBeyondTheSocketsLimitIsRefusedWithACode() throws Exception {
        try (GraphQLWebSocket socket = GraphQLWebSocket.connect(vertx, endpoint)) {
            socket.subscribe("1", SUBSCRIPTION);
            socket.subscribe("2", SUBSCRIPTION);
            JsonObject refused = socket.next(10);
            assertNotNull(refused);
            assertEquals("2", refused.getString("id"));
            assertEquals("error", refused.getString("type"));
            assertEquals("TOO_MANY_OPERATIONS", refused.getJsonArray("payload").getJsonObject(0)
                    .getJsonObject("extensions").getString("code"));
            Subscribers.await(feed, 1);
            socket.complete("1");
            Subscribers.await(feed, 0); // the first subscription has ended on the server
            socket.subscribe("3", SUBSCRIPTION);
            assertNull(socket.next(2), "room again once the first subscription completed");
        }
    }

    @Test
    void operationsAnsweredWithAnErrorLeaveRoomOnTheSocket() throws Exception {
        try (GraphQLWebSocket socket = GraphQLWebSocket.connect(vertx, endpoint)) {
            for (int i = 0; i < 3; i++) {
                socket.subscribe("bad" + i, "{ noSuchField }");
                JsonObject refused = socket.next(10);
                assertEquals("error", refused.getString("type"), refused.encode());
                assertEquals("GRAPHQL_VALIDATION_FAILED", refused.getJsonArray("payload").getJsonObject(0)
                        .getJsonObject("extensions").getString("code"));
            }
            socket.subscribe("live", SUBSCRIPTION);
            assertNull(socket.next(2), "the refused operations take no room");
        }
    }

    @Test
    void aSubscriptionThatFallsBehindItsBufferEndsWithACode() throws Exception {
        Burst burst = Burst.of("limits-burst", "zz-limits-mission-burst", 20);
        double endedBefore = Prometheus.value(TOO_SLOW);
        try (GraphQLWebSocket socket = GraphQLWebSocket.connect(vertx, endpoint)) {
            socket.subscribe("slow", "subscription { statementAdded(mission: \"zz-limits-mission-burst\") { slug } }");
            Subscribers.await(feed, 1); // the subscription is set up before the write
            queryAs(Tokens.token("ed", "editor"), INGEST, "text", burst.text(), "annotations", burst.annotations());
            JsonObject message = socket.next(10);
            while (message != null && "next".equals(message.getString("type"))
                    && message.getJsonObject("payload").getJsonArray("errors") == null) {
                message = socket.next(10);
            }
            assertNotNull(message, "the subscription ended with an error, not in silence");
            JsonArray errors = "error".equals(message.getString("type"))
                    ? message.getJsonArray("payload")
                    : message.getJsonObject("payload").getJsonArray("errors");
            assertEquals("SUBSCRIBER_TOO_SLOW", errors.getJsonObject(0).getJsonObject("extensions").getString("code"),
                    message.encode());
        }
        assertEquals(endedBefore + 1, Prometheus.value(TOO_SLOW), "counted");
    }

    @Test
    void aPostThatAsksForAnUpgradeIsAnOrdinaryPost() {
        for (int i = 0; i < 3; i++) {
            given().contentType("application/json").header("Upgrade", "websocket").header("Connection", "Upgrade")
                    .body(Map.of("query", "{ __typename }")).when().post("/graphql")
                    .then().statusCode(200);
        }
        assertEquals(0, openSockets());
    }

    @Test
    void aSocketThatNeverSendsConnectionInitIsClosedWith4408() throws Exception {
        try (GraphQLWebSocket silent = GraphQLWebSocket.withoutInit(vertx, endpoint)) {
            assertEquals((short) 4408, silent.closeStatus(10));
        }
    }

    private static double openSockets() {
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        return metrics.lines().filter(line -> line.startsWith("graphql_websockets_open ")).findFirst()
                .map(line -> Double.parseDouble(line.split(" ")[1])).orElse(-1.0);
    }
}
