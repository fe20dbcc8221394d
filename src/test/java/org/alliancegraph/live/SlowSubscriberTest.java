package org.alliancegraph.live;

import static org.alliancegraph.support.GraphQL.queryAs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import jakarta.inject.Inject;

import org.alliancegraph.support.Burst;
import org.alliancegraph.support.GraphQLWebSocket;
import org.alliancegraph.support.Prometheus;
import org.alliancegraph.support.Subscribers;
import org.alliancegraph.support.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.logging.Log;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;

/**
 * Clients that stop reading while a writer makes 500 changes, each event about 190 KB: they are closed once their
 * socket's buffer (alliance.live.socket-buffer, 512 KiB) is full, the process's memory stays within a bound, and a
 * client that reads gets every change.
 */
@QuarkusTest
@TestProfile(SlowSubscriberTest.OwnDatabase.class)
class SlowSubscriberTest {

    /**
     * An application (and a database) of its own: the 520 statements it writes would change the lists other tests read.
     */
    public static class OwnDatabase implements QuarkusTestProfile {
        // no overrides: -Dalliance.live.socket-buffer=1G shows what the bound saves (the test then fails)
    }

    private static final String INGEST = """
            mutation($text: String!, $annotations: String!) {
              ingestDocument(text: $text, annotations: $annotations) { outcome }
            }
            """;
    private static final int WRITES = 25;
    private static final String CLOSED_SLOW = "graphql_websockets_closed_slow_total";
    private static final int STATEMENTS = 20;
    private static final int PADDING = 190_000;
    /**
     * What the process may grow by outside its heap (its RSS less the heap it committed meanwhile) while the stalled
     * clients are sent 500 events of 190 KB each: without the socket's bound they held them all (about 95 MB each,
     * outside the heap).
     */
    private static final long BOUND_MB = 80;

    @TestHTTPResource("/graphql")
    URI endpoint;

    @Inject
    ChangeFeed feed;

    private Vertx vertx;

    @BeforeEach
    void start() {
        vertx = Vertx.vertx();
    }

    @AfterEach
    void stop() {
        vertx.close();
    }

    @Test
    void aClientThatDoesNotReadIsClosedAfterItsBufferAndMemoryStaysBounded() throws Exception {
        String mission = "zz-slow-mission";
        String editor = Tokens.token("ed", "editor");
        Burst warmUp = Burst.of("slow-warm-up", mission, STATEMENTS, PADDING);
        queryAs(editor, INGEST, "text", warmUp.text(), "annotations", warmUp.annotations());
        System.gc();
        long before = outsideHeapMegabytes();

        int base = feed.subscribers();
        String big = "subscription { statementAdded(mission: \"" + mission
                + "\") { slug reports { document { text } } } }";
        try (GraphQLWebSocket stalledA = GraphQLWebSocket.connect(vertx, endpoint);
                GraphQLWebSocket stalledB = GraphQLWebSocket.connect(vertx, endpoint);
                GraphQLWebSocket reader = GraphQLWebSocket.connect(vertx, endpoint)) {
            stalledA.subscribe("big", big);
            stalledB.subscribe("big", big);
            reader.subscribe("small", "subscription { statementAdded(mission: \"" + mission + "\") { slug } }");
            Subscribers.await(feed, base + 3);
            stalledA.pause();
            stalledB.pause();

            long peak = before;
            double closedBefore = Prometheus.value(CLOSED_SLOW);
            boolean cancelledAtOnce = false;
            for (int write = 0; write < WRITES; write++) {
                Burst burst = Burst.of("slow-" + write, mission, STATEMENTS, PADDING);
                queryAs(editor, INGEST, "text", burst.text(), "annotations", burst.annotations());
                peak = Math.max(peak, outsideHeapMegabytes());
                if (!cancelledAtOnce && Prometheus.value(CLOSED_SLOW) >= closedBefore + 2) {
                    // Closed with 1008: their subscriptions end now, not when the stalled TCP connection finally
                    // goes (Vert.x's closing timeout, 10 s later, since a client that does not read never answers).
                    Subscribers.await(feed, base + 1, Duration.ofSeconds(2));
                    cancelledAtOnce = true;
                }
            }
            assertTrue(cancelledAtOnce, "both stalled sockets were closed while the changes were written");
            for (int write = 0; write < WRITES; write++) {
                for (int i = 0; i < STATEMENTS; i++) {
                    JsonObject next = reader.next(30);
                    assertNotNull(next, "change " + (write * STATEMENTS + i) + " of 500 reached the client that reads");
                    assertEquals("slow-" + write + "-" + (100 + i), next.getJsonObject("payload")
                            .getJsonObject("data").getJsonObject("statementAdded").getString("slug"));
                }
            }
            Log.infof("Process RSS outside the committed heap: %d MB before, %d MB at most while 500 changes were "
                    + "written (RSS now %d MB)", before, peak, rssMegabytes());
            assertTrue(peak - before < BOUND_MB,
                    "the process grew outside its heap by " + (peak - before) + " MB (bound "
                            + BOUND_MB + " MB) while two clients did not read");

            for (GraphQLWebSocket stalled : List.of(stalledA, stalledB)) {
                stalled.resume();
                int received = 0;
                while (stalled.next(2) != null) {
                    received++;
                }
                assertTrue(received < WRITES * STATEMENTS, "the stalled client was not sent everything: " + received);
                assertEquals((short) 1008, stalled.closeStatus(15), "closed as too slow");
            }
        }
    }

    /** The process's resident memory less the heap the JVM has committed: what sockets and buffers hold, mostly. */
    private static long outsideHeapMegabytes() throws IOException {
        return rssMegabytes() - ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getCommitted() / (1024 * 1024);
    }

    private static long rssMegabytes() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
            }
        }
        throw new IllegalStateException("no VmRSS in /proc/self/status");
    }

}
