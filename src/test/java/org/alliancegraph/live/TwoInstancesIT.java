package org.alliancegraph.live;

import static org.alliancegraph.support.GraphQL.queryAs;
import static org.alliancegraph.support.GraphQL.sendAs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.alliancegraph.support.Burst;
import org.alliancegraph.support.GraphQLWebSocket;
import org.alliancegraph.support.Prometheus;
import org.alliancegraph.support.TestKeys;
import org.alliancegraph.support.ThrowawayDatabase;
import org.alliancegraph.support.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;

/**
 * Two instances of the packaged application on two ports against one database: a write sent to the first reaches the
 * subscribers of both (through PostgreSQL NOTIFY), every statement of it in order, and a write that rolled back reaches
 * nobody. The second instance is given its database the Quarkus way ({@code quarkus.datasource.reactive.url}), not
 * through {@code alliance.db.*}: its change feed must follow the datasource.
 */
@QuarkusIntegrationTest
class TwoInstancesIT {

    private static final String INGEST = """
            mutation($text: String!, $annotations: String!) {
              ingestDocument(text: $text, annotations: $annotations) { outcome }
            }
            """;

    @TestHTTPResource("/graphql")
    URI first;

    @ThrowawayDatabase.Name
    String database;

    /** The command that starts another instance: the native binary when the build made one, the jar otherwise. */
    private static List<String> application(String... options) {
        String nativeImage = System.getProperty("native.image.path");
        List<String> command = new ArrayList<>();
        if (nativeImage != null && Files.isExecutable(Path.of(nativeImage))) {
            command.add(nativeImage);
            command.addAll(List.of(options));
        } else {
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(List.of(options));
            command.addAll(List.of("-jar", Path.of("target", "quarkus-app", "quarkus-run.jar").toString()));
        }
        return command;
    }

    @Test
    void everyStatementOfAWriteOnOneInstanceReachesTheSubscribersOfBoth() throws Exception {
        int port = freePort();
        String host = System.getenv().getOrDefault("ALLIANCE_DB_HOST", "127.0.0.1");
        String dbPort = System.getenv().getOrDefault("ALLIANCE_DB_PORT", "5432");
        Process second = new ProcessBuilder(application("-Dquarkus.http.port=" + port,
                "-Dquarkus.datasource.reactive.url=postgresql://" + host + ":" + dbPort + "/" + database,
                "-Dquarkus.datasource.jdbc.url=jdbc:postgresql://" + host + ":" + dbPort + "/" + database,
                "-Dmp.jwt.verify.publickey=" + TestKeys.publicKey(),
                // It had a WebSocket open: Quarkus 3.33 would wait its whole shutdown timeout (docs/operations.md).
                "-Dquarkus.shutdown.timeout=1s"))
                .redirectErrorStream(true)
                .redirectOutput(Path.of("target", "second-instance.log").toFile())
                .start();
        Vertx vertx = Vertx.vertx();
        try {
            URI secondEndpoint = URI.create("http://localhost:" + port + "/graphql");
            awaitReady(port);
            String token = Tokens.token("ed", "editor");
            int count = 20;
            Burst burst = Burst.of("it-burst", "it-burst-mission", count);
            String subscription = "subscription { statementAdded(mission: \"it-burst-mission\") { slug } }";
            try (GraphQLWebSocket onFirst = GraphQLWebSocket.connect(vertx, first);
                    GraphQLWebSocket onSecond = GraphQLWebSocket.connect(vertx, secondEndpoint)) {
                onFirst.subscribe("1", subscription);
                onSecond.subscribe("1", subscription);
                awaitSubscriptions(first.resolve("/q/metrics"));
                awaitSubscriptions(secondEndpoint.resolve("/q/metrics"));

                String rejected = burst.annotations().replace("source: { quote: \"Burst it-burst statement number 105",
                        "source: { quote: \"not in the text");
                assertNotNull(sendAs(token, INGEST, "text", burst.text(), "annotations", rejected).get("errors"));
                queryAs(token, INGEST, "text", burst.text(), "annotations", burst.annotations());

                for (GraphQLWebSocket subscriber : List.of(onFirst, onSecond)) {
                    for (int i = 0; i < count; i++) {
                        JsonObject next = subscriber.next(15);
                        assertNotNull(next, "statement " + i + " of " + count + " reached "
                                + (subscriber == onFirst ? "the first instance" : "the second instance"));
                        assertEquals("it-burst-" + (100 + i), next.getJsonObject("payload").getJsonObject("data")
                                .getJsonObject("statementAdded").getString("slug"),
                                "in the order of the write; the write that rolled back announced nothing");
                    }
                }
            }
        } finally {
            vertx.close();
            second.destroy();
            second.waitFor();
        }
    }

    /** Waits until the instance reports an open subscription ({@code graphql_subscriptions_open}). */
    private static void awaitSubscriptions(URI metrics) throws InterruptedException {
        for (int attempt = 0; attempt < 100 && Prometheus.value(metrics, "graphql_subscriptions_open") < 1; attempt++) {
            Thread.sleep(100);
        }
        if (Prometheus.value(metrics, "graphql_subscriptions_open") < 1) {
            throw new IllegalStateException("no subscription open on " + metrics);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void awaitReady(int port) throws InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/q/health/ready"))
                .timeout(Duration.ofSeconds(2)).build();
        for (int attempt = 0; attempt < 60; attempt++) {
            try {
                if (client.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException("the second instance did not become ready: see target/second-instance.log ");
    }
}
