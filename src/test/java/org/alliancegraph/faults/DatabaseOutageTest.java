package org.alliancegraph.faults;

import static io.restassured.RestAssured.given;
import static org.alliancegraph.support.GraphQL.query;
import static org.alliancegraph.support.GraphQL.queryAs;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.alliancegraph.live.ChangeFeed;
import org.alliancegraph.support.Burst;
import org.alliancegraph.support.GraphQLWebSocket;
import org.alliancegraph.support.SeverableProxy;
import org.alliancegraph.support.Subscribers;
import org.alliancegraph.support.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * The database goes away while the service runs (its connections cut and new ones refused, through
 * {@link SeverableProxy}) and comes back: meanwhile every request is answered SERVICE_UNAVAILABLE, retryable, with
 * nothing written; open subscriptions end with the same code; afterwards everything answers again without a restart.
 */
@QuarkusTest
@TestProfile(DatabaseOutageTest.Outage.class)
class DatabaseOutageTest {

    private static final String INGEST = """
            mutation($text: String!, $annotations: String!) {
              ingestDocument(text: $text, annotations: $annotations) { outcome }
            }
            """;
    private static final String ALLIANCE = "{ alliance(name: \"otan\") { slug } }";

    @TestHTTPResource("/graphql")
    URI endpoint;

    @Inject
    ChangeFeed feed;

    SeverableProxy database;

    private Vertx vertx;

    @BeforeEach
    void start() {
        vertx = Vertx.vertx();
    }

    @AfterEach
    void stop() {
        database.restore();
        vertx.close();
    }

    @Test
    void anOutageIsRetryableAndNothingIsHalfWritten() throws Exception {
        query(ALLIANCE);
        Burst burst = Burst.of("outage-burst", "zz-outage-mission", 3);
        try (GraphQLWebSocket subscriber = GraphQLWebSocket.connect(vertx, endpoint)) {
            subscriber.subscribe("live", "subscription { statementAdded { slug } }");
            Subscribers.await(feed, 1);

            database.cut();

            Response read = post(ALLIANCE, Map.of(), "application/graphql-response+json");
            assertEquals(503, read.statusCode(), read.asString());
            assertNotNull(read.header("Retry-After"));
            assertEquals("SERVICE_UNAVAILABLE", read.jsonPath().getString("errors[0].extensions.code"));
            assertEquals(List.of(), read.jsonPath().getList("errors.findAll { it.message =~ /Exception|at org\\./ }"),
                    "no exception or stack trace reaches the client");

            Response write = post(INGEST, Map.of("text", burst.text(), "annotations", burst.annotations()),
                    "application/graphql-response+json");
            assertEquals(503, write.statusCode(), write.asString());
            assertEquals("SERVICE_UNAVAILABLE", write.jsonPath().getString("errors[0].extensions.code"));

            Response legacy = post(ALLIANCE, Map.of(), "application/json");
            assertEquals(200, legacy.statusCode(), "application/json answers 200, as the GraphQL-over-HTTP spec says");
            assertEquals("SERVICE_UNAVAILABLE", legacy.jsonPath().getString("errors[0].extensions.code"));

            JsonObject ended = subscriber.next(10);
            assertNotNull(ended, "the open subscription is told it lost the feed");
            assertEquals("SERVICE_UNAVAILABLE", errors(ended).getJsonObject(0).getJsonObject("extensions")
                    .getString("code"), ended.encode());

            subscriber.subscribe("during", "subscription { statementAdded { slug } }");
            JsonObject refused = subscriber.next(10);
            while (refused != null && !"during".equals(refused.getString("id"))) {
                refused = subscriber.next(10); // the end of the first one ("complete")
            }
            assertNotNull(refused, "a subscription the feed cannot serve is refused, not left waiting");
            assertEquals("SERVICE_UNAVAILABLE", errors(refused).getJsonObject(0).getJsonObject("extensions")
                    .getString("code"), refused.encode());
        }

        given().get("/q/health/ready").then().statusCode(503)
                .body("checks.find { it.name == 'change feed' }.status", equalTo("DOWN"));
        database.restore();
        awaitReady();
        assertNull(query("query($slug: String!) { document(slug: $slug) { slug } }", "slug", "outage-burst")
                .get("data.document"), "the write refused during the outage left nothing");

        try (GraphQLWebSocket subscriber = GraphQLWebSocket.connect(vertx, endpoint)) {
            subscriber.subscribe("again", "subscription { statementAdded(mission: \"zz-outage-mission\") { slug } }");
            Subscribers.await(feed, 1);
            queryAs(Tokens.token("ed", "editor"), INGEST, "text", burst.text(), "annotations", burst.annotations());
            for (int i = 0; i < 3; i++) {
                JsonObject next = subscriber.next(15);
                assertNotNull(next, "the feed listens again after the outage");
                assertEquals("next", next.getString("type"), next.encode());
                assertEquals("outage-burst-" + (100 + i), next.getJsonObject("payload").getJsonObject("data")
                        .getJsonObject("statementAdded").getString("slug"));
            }
        }
    }

    private static JsonArray errors(JsonObject message) {
        return "error".equals(message.getString("type"))
                ? message.getJsonArray("payload")
                : message.getJsonObject("payload").getJsonArray("errors");
    }

    private static Response post(String query, Map<String, Object> variables, String accept) {
        return given().contentType(ContentType.JSON).accept(accept)
                .auth().oauth2(Tokens.token("ed", "editor"))
                .body(Map.of("query", query, "variables", variables))
                .post("/graphql");
    }

    /** Back without a restart: the pool connects again and the feed listens again, within the test's patience. */
    private static void awaitReady() throws InterruptedException {
        for (int attempt = 0; attempt < 100; attempt++) {
            if (given().get("/q/health/ready").statusCode() == 200) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the service was not ready again after the database came back");
    }

    /** The application reaches its database through a proxy the test can cut. */
    public static class Outage implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(ProxiedDatabase.class));
        }
    }

    /** Puts {@link SeverableProxy} between the reactive pool and PostgreSQL; Flyway still migrates directly. */
    public static class ProxiedDatabase implements QuarkusTestResourceLifecycleManager {

        private SeverableProxy proxy;

        @Override
        public Map<String, String> start() {
            proxy = new SeverableProxy(System.getenv().getOrDefault("ALLIANCE_DB_HOST", "127.0.0.1"),
                    Integer.parseInt(System.getenv().getOrDefault("ALLIANCE_DB_PORT", "5432")));
            return Map.of("quarkus.datasource.reactive.url",
                    "postgresql://127.0.0.1:" + proxy.port() + "/${alliance.db.name}");
        }

        @Override
        public void inject(TestInjector injector) {
            injector.injectIntoFields(proxy, new TestInjector.MatchesType(SeverableProxy.class));
        }

        @Override
        public void stop() {
            proxy.close();
        }
    }
}
