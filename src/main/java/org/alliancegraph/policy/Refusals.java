package org.alliancegraph.policy;

import io.micrometer.core.instrument.Metrics;

/** The one metric of refusals: {@code graphql_rejected_total{code, transport}} (docs/operations.md, Metrics). */
public final class Refusals {

    private Refusals() {
    }

    /** Counts a refusal of this transport. */
    public static void count(Refusal refusal, Transport transport) {
        Metrics.counter("graphql.rejected", "code", refusal.code(), "transport", transport.label()).increment();
    }
}
