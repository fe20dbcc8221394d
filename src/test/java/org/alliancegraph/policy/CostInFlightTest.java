package org.alliancegraph.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/**
 * The budget of cost in flight: what fits runs, what does not waits for room, an idle instance runs anything, and a
 * lease never given back lapses.
 */
class CostInFlightTest {

    /** The execution timeout; a lease lapses after twice as long. */
    private static final Duration LONG = Duration.ofMinutes(1);

    @Test
    void admitsWhatFitsAndGivesRoomBack() {
        CostInFlight budget = new CostInFlight(10, LONG);
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
        CostInFlight budget = new CostInFlight(10, LONG);
        Object big = budget.tryAcquire(50);
        assertNotNull(big);
        assertNull(budget.tryAcquire(1), "but nothing else beside it");
        budget.release(big);
        assertNotNull(budget.tryAcquire(1));
    }

    @Test
    void aLeaseNeverGivenBackLapses() throws InterruptedException {
        CostInFlight budget = new CostInFlight(10, Duration.ofMillis(10));
        assertNotNull(budget.tryAcquire(10));
        assertNull(budget.tryAcquire(5));
        Thread.sleep(50);
        assertNotNull(budget.tryAcquire(5), "the lost lease has lapsed");
        assertEquals(5, budget.inFlight());
    }
}
