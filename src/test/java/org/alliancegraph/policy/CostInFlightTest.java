package org.alliancegraph.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.vertx.core.Vertx;

/**
 * The budget of cost in flight: what fits runs, what does not waits its turn (or is refused once the queue is full or
 * its wait is over), an idle instance runs anything, and a lease never given back lapses.
 */
class CostInFlightTest {

    /** The execution timeout; a lease lapses after twice as long. */
    private static final Duration LONG = Duration.ofMinutes(1);

    private final Vertx vertx = Vertx.vertx();

    @AfterEach
    void close() {
        vertx.close();
    }

    private CostInFlight budget(long budget, Duration executionTimeout) {
        return new CostInFlight(budget, executionTimeout, 2, Duration.ofMillis(200), vertx);
    }

    @Test
    void whatDoesNotFitWaitsItsTurnAndWhatFitsPasses() {
        CostInFlight budget = budget(10, LONG);
        Object eight = budget.tryAcquire(8);
        CompletableFuture<Object> five = budget.acquire(5).toCompletableFuture();
        CompletableFuture<Object> four = budget.acquire(4).toCompletableFuture();
        assertFalse(five.isDone() || four.isDone(), "8 + 5 and 8 + 4 wait");
        CompletableFuture<Object> two = budget.acquire(2).toCompletableFuture();
        assertNotNull(two.join(), "8 + 2 fits: it passes those that wait");
        assertNull(budget.acquire(1).toCompletableFuture().join(), "8 + 2 + 1 does not fit, and two wait already");
        budget.release(two.join());
        assertFalse(five.isDone(), "8 + 5 still does not fit");
        budget.release(eight);
        assertNotNull(five.join(), "first come, first served");
        assertNotNull(four.join(), "5 + 4 fits too");
        assertEquals(9, budget.inFlight());
    }

    @Test
    void aWaitEndsWithARefusal() throws Exception {
        CostInFlight budget = budget(10, LONG);
        Object all = budget.tryAcquire(10);
        CompletableFuture<Object> late = budget.acquire(1).toCompletableFuture();
        assertNull(late.get(5, TimeUnit.SECONDS), "refused after the longest wait, 200 ms");
        budget.release(all);
        assertEquals(0, budget.inFlight(), "the refused one took nothing");
    }

    @Test
    void admitsWhatFitsAndGivesRoomBack() {
        CostInFlight budget = budget(10, LONG);
        Object eight = budget.tryAcquire(8);
        assertNotNull(eight);
        assertNull(budget.tryAcquire(5), "8 + 5 > 10");
        assertEquals(8, budget.inFlight(), "a refusal takes nothing");
        Object two = budget.tryAcquire(2);
        assertNotNull(two, "8 + 2 = 10 fits");
        budget.release(eight);
        budget.release(eight);
        assertEquals(2, budget.inFlight(), "giving a lease back twice gives it back once");
        Object five = budget.tryAcquire(5);
        assertNotNull(five);
        budget.release(two);
        budget.release(five);
        assertEquals(0, budget.inFlight());
    }

    @Test
    void anIdleInstanceRunsARequestCostlierThanTheBudget() {
        CostInFlight budget = budget(10, LONG);
        Object big = budget.tryAcquire(50);
        assertNotNull(big);
        assertNull(budget.tryAcquire(1), "but nothing else beside it");
        budget.release(big);
        assertNotNull(budget.tryAcquire(1));
    }

    @Test
    void aLeaseNeverGivenBackLapses() throws InterruptedException {
        CostInFlight budget = budget(10, Duration.ofMillis(10));
        assertNotNull(budget.tryAcquire(10));
        assertNull(budget.tryAcquire(5));
        Thread.sleep(50);
        assertNotNull(budget.tryAcquire(5), "the lost lease has lapsed");
        assertEquals(5, budget.inFlight());
    }
}
