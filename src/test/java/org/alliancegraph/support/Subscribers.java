package org.alliancegraph.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;

import org.alliancegraph.live.ChangeFeed;

/** Waits for the subscriptions an instance serves to reach a number, as a test does before and after it writes. */
public final class Subscribers {

    private Subscribers() {
    }

    /** Waits up to 10 s until the feed serves {@code expected} subscriptions, and fails the test if it does not. */
    public static void await(ChangeFeed feed, int expected) throws InterruptedException {
        await(feed, expected, Duration.ofSeconds(10));
    }

    /** Waits up to {@code within} until the feed serves {@code expected} subscriptions, else fails the test. */
    public static void await(ChangeFeed feed, int expected, Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (feed.subscribers() != expected && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertEquals(expected, feed.subscribers());
    }
}
