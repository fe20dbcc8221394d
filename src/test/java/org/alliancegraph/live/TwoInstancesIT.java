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

import org.alliancegraph.support.GraphQLWebSocket;
import org.alliancegraph.support.TestKeys;
import org.alliancegraph.support.ThrowawayDatabase;
import org.alliancegraph.support.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;

/**
 * Two instances of the packaged application on two ports against one database: a write sent to the first reaches a
 * subscriber of the second (through PostgreSQL NOTIFY), and a write that rolled back reaches nobody.
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

    private static String annotations(String slug, String quote) {
        return """
                alliances: [ { slug: it-alliance, name: IT alliance } ]
                actors: [ { slug: it-speaker, kind: GOVERNMENT_BODY, name: IT speaker } ]
                missions: [ { slug: it-mission, alliance: it-alliance, name: IT mission, kind: TRAINING, theatre: X } ]
                document: { slug: %1$s, title: Two instances, language: en }
                statements:
                  - slug: %1$s-statement
                    speaker: it-speaker
                    kind: POSITION
                    evidentialStatus: CONFIRMED
                    text: %2$s
                    lang: en
                    subjects: [ { mission: it-mission, stance: SUPPORTS } ]
                    reports: [ { source: { quote: "%2$s" } } ]
                """.formatted(slug, quote);
    }

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
    void aWriteOnOneInstanceReachesASubscriberOfTheOther() throws Exception {
        int port = freePort();
        Process second = new ProcessBuilder(application("-Dquarkus.http.port=" + port,
                "-Dalliance.db.name=" + database, "-Dmp.jwt.verify.publickey=" + TestKeys.publicKey()))
                .redirectErrorStream(true)
                .redirectOutput(Path.of("target", "second-instance.log").toFile())
                .start();
        Vertx vertx = Vertx.vertx();
        try {
            URI secondEndpoint = URI.create("http://localhost:" + port + "/graphql");
            awaitReady(port);
            String token = Tokens.token("ed", "editor");
            try (GraphQLWebSocket subscriber = GraphQLWebSocket.connect(vertx, secondEndpoint)) {
                subscriber.subscribe("1", "subscription { statementAdded(mission: \"it-mission\") { slug text } }");
                Thread.sleep(500);

                String rejected = annotations("it-rolled-back", "it is in the text")
                        .replace("source: { quote: \"it is in the text\" }", "source: { quote: \"it is not\" }");
                assertNotNull(sendAs(token, INGEST, "text", "Second: it is in the text.", "annotations", rejected)
                        .get("errors"));
                queryAs(token, INGEST, "text", "First: the mission goes on.", "annotations",
                        annotations("it-committed", "the mission goes on"));

                JsonObject next = subscriber.next(15);
                assertNotNull(next, "the write on the first instance reached the second");
                JsonObject added = next.getJsonObject("payload").getJsonObject("data")
                        .getJsonObject("statementAdded");
                assertEquals("it-committed-statement", added.getString("slug"),
                        "the write that rolled back announced nothing; sent to " + first);
            }
        } finally {
            vertx.close();
            second.destroy();
            second.waitFor();
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
