package org.alliancegraph.live;

import static org.alliancegraph.support.GraphQL.queryAs;
import static org.alliancegraph.support.GraphQL.sendAs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.Map;

import jakarta.inject.Inject;

import org.alliancegraph.support.Burst;
import org.alliancegraph.support.GraphQLWebSocket;
import org.alliancegraph.support.Subscribers;
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

    @Inject
    ChangeFeed feed;

    /**
     * A document with one statement about a mission; the speaker and the missions are the test's own, so that the other
     * tests' counts of the seed's statements and missions stay as they are.
     */
    private static String annotations(String slug, String mission, String quote) {
        return """
                actors: [ { slug: live-test-speaker, kind: GOVERNMENT_BODY, name: Live test speaker } ]
                missions:
                  - { slug: zz-live-mission-a, alliance: nato, name: Zz live mission A, kind: TRAINING, theatre: A }
                  - { slug: zz-live-mission-b, alliance: nato, name: Zz live mission B, kind: TRAINING, theatre: B }
                document: { slug: %1$s, title: Live test, language: en }
                statements:
                  - slug: %1$s-statement
                    speaker: live-test-speaker
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
        try (GraphQLWebSocket missionA = GraphQLWebSocket.connect(vertx, endpoint);
                GraphQLWebSocket missionB = GraphQLWebSocket.connect(vertx, endpoint)) {
            missionA.subscribe("k",
                    "subscription { statementAdded(mission: \"zz-live-mission-a\") { slug text speaker { slug } } }");
            missionB.subscribe("i", "subscription { statementAdded(mission: \"zz-live-mission-b\") { slug } }");
            Thread.sleep(500);

            String rejected = annotations("live-rolled-back", "zz-live-mission-a", "this quote is in the text")
                    .replace("source: { quote: \"this quote is in the text\" }", "source: { quote: \"not there\" }");
            assertNotNull(sendAs(editor(), INGEST, "text", "Live test: this quote is in the text.", "annotations",
                    rejected).get("errors"));
            queryAs(editor(), INGEST, "text", "Live test: KFOR must stay.", "annotations",
                    annotations("live-kfor", "zz-live-mission-a", "KFOR must stay"));

            JsonObject next = missionA.next(10);
            assertNotNull(next, "the statement added reached the subscriber");
            assertEquals("next", next.getString("type"));
            assertEquals("k", next.getString("id"));
            JsonObject added = next.getJsonObject("payload").getJsonObject("data").getJsonObject("statementAdded");
            assertEquals("live-kfor-statement", added.getString("slug"), "the rolled-back write announced nothing");
            assertEquals("KFOR must stay", added.getString("text"));
            assertEquals("live-test-speaker", added.getJsonObject("speaker").getString("slug"));
            assertNull(missionB.next(1), "a statement about mission A is not sent to the subscribers of mission B");
        }
    }

    @Test
    void aRecordedStatusChangeReachesTheSubscribersOfItsMission() throws Exception {
        queryAs(editor(), INGEST, "text", "Live test: the missions exist.", "annotations",
                annotations("live-missions", "zz-live-mission-b", "the missions exist"));
        try (GraphQLWebSocket subscriber = GraphQLWebSocket.connect(vertx, endpoint)) {
            subscriber.subscribe("s", """
                    subscription { missionStatusChanged(mission: "zz-live-mission-b") {
                      mission { slug } kind status realisation effective { value } proposedBy { slug } } }
                    """);
            Thread.sleep(500);
            queryAs(editor(), """
                    mutation($input: MissionStatusChangeInput!) { recordMissionStatusChange(input: $input) { status } }
                    """, "input", Map.of("mission", "zz-live-mission-b", "kind", "REVIEW", "status", "UNDER_REVIEW",
                    "realisation", "PROPOSED", "effective", "2026-10", "proposedBy", "united-states"));
            JsonObject next = subscriber.next(10);
            assertNotNull(next);
            JsonObject change = next.getJsonObject("payload").getJsonObject("data")
                    .getJsonObject("missionStatusChanged");
            assertEquals("zz-live-mission-b", change.getJsonObject("mission").getString("slug"));
            assertEquals("UNDER_REVIEW", change.getString("status"));
            assertEquals("2026-10", change.getJsonObject("effective").getString("value"));
            assertEquals("united-states", change.getJsonObject("proposedBy").getString("slug"));
        }
    }

    @Test
    void everyStatementOfOneIngestReachesTheSubscriberInOrder() throws Exception {
        int count = 20;
        Burst burst = Burst.of("live-burst", "zz-live-mission-burst", count);
        int before = feed.subscribers();
        try (GraphQLWebSocket subscriber = GraphQLWebSocket.connect(vertx, endpoint)) {
            subscriber.subscribe("burst",
                    "subscription { statementAdded(mission: \"zz-live-mission-burst\") { slug } }");
            Subscribers.await(feed, before + 1);
            queryAs(editor(), INGEST, "text", burst.text(), "annotations", burst.annotations());
            for (int i = 0; i < count; i++) {
                JsonObject next = subscriber.next(10);
                assertNotNull(next, "statement " + i + " of " + count + " arrived");
                assertEquals("next", next.getString("type"), next.encode());
                assertEquals("live-burst-" + (100 + i), next.getJsonObject("payload").getJsonObject("data")
                        .getJsonObject("statementAdded").getString("slug"), "in the order of the write");
            }
        }
        Subscribers.await(feed, before);
    }

    @Test
    void backToBackStatusChangesAllReachASubscriberThatAsksForNestedFields() throws Exception {
        queryAs(editor(), INGEST, "text", "Live test: the status mission exists.", "annotations",
                annotations("live-status-missions", "zz-live-mission-a", "the status mission exists"));
        int count = 10;
        int before = feed.subscribers();
        try (GraphQLWebSocket subscriber = GraphQLWebSocket.connect(vertx, endpoint)) {
            subscriber.subscribe("n", """
                    subscription { missionStatusChanged(mission: "zz-live-mission-a") {
                      id effective { value } mission { slug statusChanges { id } } } }
                    """);
            Subscribers.await(feed, before + 1);
            for (int i = 0; i < count; i++) {
                queryAs(editor(),
                        """
                                mutation($input: MissionStatusChangeInput!) { recordMissionStatusChange(input: $input) { status } }
                                """,
                        "input", Map.of("mission", "zz-live-mission-a", "kind", "REVIEW", "status", "UNDER_REVIEW",
                                "realisation", "PROPOSED", "effective", "2030-%02d".formatted(i + 1)));
            }
            for (int i = 0; i < count; i++) {
                JsonObject next = subscriber.next(10);
                assertNotNull(next, "change " + i + " of " + count + " arrived");
                JsonObject change = next.getJsonObject("payload").getJsonObject("data")
                        .getJsonObject("missionStatusChanged");
                assertNotNull(change, next.encode());
                assertEquals("2030-%02d".formatted(i + 1), change.getJsonObject("effective").getString("value"),
                        "in the order of the writes");
                assertTrue(change.getJsonObject("mission").getJsonArray("statusChanges").size() >= i + 1,
                        "the nested list resolves as in a query");
            }
        }
        Subscribers.await(feed, before);
    }

    @Test
    void aSubscriberThatGoesAwayLeavesNothingBehind() throws Exception {
        Subscribers.await(feed, 0); // the subscriptions of the tests before this one have ended on the server
        int before = feed.subscribers();
        GraphQLWebSocket subscriber = GraphQLWebSocket.connect(vertx, endpoint);
        subscriber.subscribe("gone", "subscription { statementAdded { slug } }");
        Subscribers.await(feed, before + 1);
        subscriber.close();
        Subscribers.await(feed, before);
    }

}
