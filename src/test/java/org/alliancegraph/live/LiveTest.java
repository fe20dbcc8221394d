package org.alliancegraph.live;

import static org.alliancegraph.support.GraphQL.queryAs;
import static org.alliancegraph.support.GraphQL.sendAs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.net.URI;
import java.util.Map;

import jakarta.inject.Inject;

import org.alliancegraph.support.GraphQLWebSocket;
import org.alliancegraph.support.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;

/**
 * Subscriptions with a graphql-transport-ws client: writes reach subscribers through PostgreSQL NOTIFY (there is no
 * other path), filtered; a write that rolled back announces nothing.
 */
@QuarkusTest
class LiveTest {

    private static final String INGEST = """
            mutation($text: String!, $annotations: String!) {
              ingestDocument(text: $text, annotations: $annotations) { outcome }
            }
            """;

    @TestHTTPResource("/graphql")
    URI endpoint;

    @Inject
    Vertx vertx;

    private static String annotations(String slug, String mission, String quote) {
        return """
                document: { slug: %1$s, title: Live test, language: en }
                statements:
                  - slug: %1$s-statement
                    speaker: united-states
                    kind: POSITION
                    evidentialStatus: REPORTED
                    text: %3$s
                    lang: en
                    subjects: [ { mission: %2$s, stance: SUPPORTS } ]
                    reports: [ { source: { quote: "%3$s" } } ]
                """.formatted(slug, mission, quote);
    }

    private static String editor() {
        return Tokens.token("ed", "editor");
    }

    @Test
    void aStatementAddedReachesTheSubscribersOfItsMissionOnlyAfterItsWriteCommits() throws Exception {
        try (GraphQLWebSocket kfor = GraphQLWebSocket.connect(vertx, endpoint);
                GraphQLWebSocket iraq = GraphQLWebSocket.connect(vertx, endpoint)) {
            kfor.subscribe("k", "subscription { statementAdded(mission: \"kfor\") { slug text speaker { slug } } }");
            iraq.subscribe("i", "subscription { statementAdded(mission: \"nato-mission-iraq\") { slug } }");
            Thread.sleep(500);

            String rejected = annotations("live-rolled-back", "kfor", "this quote is in the text")
                    .replace("source: { quote: \"this quote is in the text\" }", "source: { quote: \"not there\" }");
            assertNotNull(sendAs(editor(), INGEST, "text", "Live test: this quote is in the text.", "annotations",
                    rejected).get("errors"));
            queryAs(editor(), INGEST, "text", "Live test: KFOR must stay.", "annotations",
                    annotations("live-kfor", "kfor", "KFOR must stay"));

            JsonObject next = kfor.next(10);
            assertNotNull(next, "the statement added reached the subscriber");
            assertEquals("next", next.getString("type"));
            assertEquals("k", next.getString("id"));
            JsonObject added = next.getJsonObject("payload").getJsonObject("data").getJsonObject("statementAdded");
            assertEquals("live-kfor-statement", added.getString("slug"), "the rolled-back write announced nothing");
            assertEquals("KFOR must stay", added.getString("text"));
            assertEquals("united-states", added.getJsonObject("speaker").getString("slug"));
            assertNull(iraq.next(1), "a statement about KFOR is not sent to subscribers of the Iraq mission");
        }
    }

    @Test
    void aRecordedStatusChangeReachesTheSubscribersOfItsMission() throws Exception {
        try (GraphQLWebSocket subscriber = GraphQLWebSocket.connect(vertx, endpoint)) {
            subscriber.subscribe("s", """
                    subscription { missionStatusChanged(mission: "nato-mission-iraq") {
                      mission { slug } kind status realisation effective { value } proposedBy { slug } } }
                    """);
            Thread.sleep(500);
            queryAs(editor(), """
                    mutation($input: MissionStatusChangeInput!) { recordMissionStatusChange(input: $input) { status } }
                    """, "input", Map.of("mission", "nato-mission-iraq", "kind", "REVIEW", "status", "UNDER_REVIEW",
                    "realisation", "PROPOSED", "effective", "2026-10", "proposedBy", "united-states"));
            JsonObject next = subscriber.next(10);
            assertNotNull(next);
            JsonObject change = next.getJsonObject("payload").getJsonObject("data")
                    .getJsonObject("missionStatusChanged");
            assertEquals("nato-mission-iraq", change.getJsonObject("mission").getString("slug"));
            assertEquals("UNDER_REVIEW", change.getString("status"));
            assertEquals("2026-10", change.getJsonObject("effective").getString("value"));
            assertEquals("united-states", change.getJsonObject("proposedBy").getString("slug"));
        }
    }
}
