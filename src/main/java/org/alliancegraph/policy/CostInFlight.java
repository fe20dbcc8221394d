package org.alliancegraph.policy;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.micrometer.core.instrument.Metrics;
import io.vertx.core.Vertx;

/**
 * The cost of the operations this instance is executing, against a budget (alliance.limits.max-cost-in-flight). An
 * operation whose cost fits what is left runs at once, whatever waits; one that does not waits its turn (first come,
 * first served) among at most {@code alliance.limits.max-queued} others for up to
 * {@code alliance.limits.max-queue-wait}, and is refused once the queue is full or its wait is over. Nothing else
 * running, any operation within the per-request limit runs. So a burst of costly queries runs a few at a time, without
 * stalling the event loops for everyone, and cheap ones (a point lookup) pass them: docs/benchmarks.md, Busy instance.
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
    private final int maxQueued;
    private final long maxWaitMillis;
    private final Vertx vertx;
    private final Map<Object, Lease> leases = new HashMap<>();
    private final ArrayDeque<Waiter> queue = new ArrayDeque<>();

    private record Lease(long cost, long lapsesAt) {
    }

    private record Waiter(long cost, CompletableFuture<Object> lease, long[] timer) {
    }

    CostInFlight(@ConfigProperty(name = "alliance.limits.max-cost-in-flight") long budget,
            @ConfigProperty(name = "alliance.limits.execution-timeout") Duration executionTimeout,
            @ConfigProperty(name = "alliance.limits.max-queued") int maxQueued,
            @ConfigProperty(name = "alliance.limits.max-queue-wait") Duration maxWait, Vertx vertx) {
        this.budget = budget;
        this.leaseNanos = executionTimeout.multipliedBy(2).toNanos();
        this.maxQueued = maxQueued;
        this.maxWaitMillis = Math.max(1, maxWait.toMillis());
        this.vertx = vertx;
        Metrics.gauge("graphql.operations.waiting", this, CostInFlight::waiting);
    }

    /**
     * A lease on the cost if it fits the budget, or if nothing is in flight; null (nothing taken) otherwise. Give it
     * back with {@link #release}.
     */
    public synchronized Object tryAcquire(long cost) {
        return fits(cost) ? take(cost) : null;
    }

    /**
     * A lease on the cost: at once if it fits, else once enough is given back, if it may wait; null (nothing taken)
     * when the queue is full or the wait is over. Completes on the thread that gave back what it needed.
     */
    public CompletionStage<Object> acquire(long cost) {
        synchronized (this) {
            if (fits(cost)) {
                return CompletableFuture.completedFuture(take(cost));
            }
            if (queue.size() >= maxQueued) {
                return CompletableFuture.completedFuture(null);
            }
            Waiter waiter = new Waiter(cost, new CompletableFuture<>(), new long[1]);
            waiter.timer()[0] = vertx.setTimer(maxWaitMillis, late -> giveUp(waiter));
            queue.add(waiter);
            return waiter.lease();
        }
    }

    /** Gives back a lease, and lets in those waiting that now fit; giving it back again does nothing. */
    public void release(Object lease) {
        List<Waiter> admitted = new ArrayList<>();
        List<Object> granted = new ArrayList<>();
        synchronized (this) {
            if (leases.remove(lease) == null) {
                return;
            }
            while (!queue.isEmpty() && fits(queue.peek().cost())) {
                Waiter next = queue.poll();
                admitted.add(next);
                granted.add(take(next.cost()));
            }
        }
        for (int i = 0; i < admitted.size(); i++) {
            vertx.cancelTimer(admitted.get(i).timer()[0]);
            admitted.get(i).lease().complete(granted.get(i));
        }
    }

    synchronized long inFlight() {
        return leases.values().stream().mapToLong(Lease::cost).sum();
    }

    /** How many operations wait for the budget (the gauge {@code graphql_operations_waiting}). */
    synchronized int waiting() {
        return queue.size();
    }

    private void giveUp(Waiter waiter) {
        synchronized (this) {
            if (!queue.remove(waiter)) {
                return;
            }
        }
        waiter.lease().complete(null);
    }

    private boolean fits(long cost) {
        long now = System.nanoTime();
        leases.values().removeIf(lease -> now - lease.lapsesAt > 0);
        long current = inFlight();
        return current == 0 || current + cost <= budget;
    }

    private Object take(long cost) {
        Object lease = new Object();
        leases.put(lease, new Lease(cost, System.nanoTime() + leaseNanos));
        return lease;
    }
}
