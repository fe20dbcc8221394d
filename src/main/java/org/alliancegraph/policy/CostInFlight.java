package org.alliancegraph.policy;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The cost of the operations this instance is executing, against a budget (alliance.limits.max-cost-in-flight): a
 * request whose cost would take the total over it is refused, unless nothing else is running, so that a request within
 * the per-request limit always runs on an idle instance. Keeps a burst of costly queries from stalling the instance for
 * everyone (docs/benchmarks.md, Container memory: 32 concurrent dashboards, 384,000 in flight, blocked the event loops
 * for seconds; 8, 96,000 in flight, were answered).
 *
 * <p>
 * Each admission is a lease, given back when the response goes out; one never given back (a client gone before its
 * answer, which Vert.x may not report) lapses after twice the execution timeout, so a lost release cannot shrink the
 * budget for good.
 */
@ApplicationScoped
public class CostInFlight {

    private final long budget;
    private final long leaseNanos;
    private final Map<Object, Lease> leases = new HashMap<>();

    private record Lease(long cost, long lapsesAt) {
    }

    CostInFlight(@ConfigProperty(name = "alliance.limits.max-cost-in-flight") long budget,
            @ConfigProperty(name = "alliance.limits.execution-timeout") Duration executionTimeout) {
        this.budget = budget;
        this.leaseNanos = executionTimeout.multipliedBy(2).toNanos();
    }

    /**
     * A lease on the cost if it fits the budget, or if nothing is in flight; null (nothing taken) otherwise. Give it
     * back with {@link #release}.
     */
    public synchronized Object tryAcquire(long cost) {
        long now = System.nanoTime();
        leases.values().removeIf(lease -> now - lease.lapsesAt > 0);
        long current = inFlight();
        if (current > 0 && current + cost > budget) {
            return null;
        }
        Object lease = new Object();
        leases.put(lease, new Lease(cost, now + leaseNanos));
        return lease;
    }

    /** Gives back a lease; giving it back again does nothing. */
    public synchronized void release(Object lease) {
        leases.remove(lease);
    }

    synchronized long inFlight() {
        return leases.values().stream().mapToLong(Lease::cost).sum();
    }
}
