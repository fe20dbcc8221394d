package org.alliancegraph.observability;

import static org.alliancegraph.support.GraphQL.query;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.junit.jupiter.api.Test;

import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * With tracing turned on (QUARKUS_OTEL_SDK_DISABLED=false), one GraphQL request makes one trace that holds the HTTP
 * server span, the GraphQL spans and the SQL client spans of the statements it ran. The spans are collected in memory
 * here instead of being sent to a collector over OTLP.
 */
@QuarkusTest
@TestProfile(TracesTest.TracingOn.class)
class TracesTest {

    public static class TracingOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.otel.sdk.disabled", "false", "quarkus.otel.bsp.schedule.delay", "50ms");
        }
    }

    @Singleton
    static class Spans {
        @Produces
        @Singleton
        InMemorySpanExporter exporter() {
            return InMemorySpanExporter.create();
        }
    }

    @Inject
    InMemorySpanExporter spans;

    @Test
    void oneTraceHoldsTheHttpGraphqlAndSqlSpans() throws InterruptedException {
        spans.reset();
        query("query Traced { mission(slug: \"kfor\") { slug statusChanges { status } } }");
        List<SpanData> trace = awaitTraceWithSql();
        Set<SpanKind> kinds = trace.stream().map(SpanData::getKind).collect(Collectors.toSet());
        assertTrue(kinds.contains(SpanKind.SERVER), names(trace));
        assertTrue(trace.stream().anyMatch(span -> span.getName().contains("GraphQL")
                || span.getName().contains("Traced")), "a GraphQL span: " + names(trace));
        assertTrue(trace.stream().filter(span -> span.getKind() == SpanKind.CLIENT).count() >= 2,
                "a SQL client span per statement: " + names(trace));
    }

    /** The spans of the request's trace, once its SQL client spans have been exported. */
    private List<SpanData> awaitTraceWithSql() throws InterruptedException {
        for (int attempt = 0; attempt < 100; attempt++) {
            List<SpanData> finished = spans.getFinishedSpanItems();
            SpanData server = finished.stream().filter(span -> span.getKind() == SpanKind.SERVER
                    && span.getName().contains("graphql")).findFirst().orElse(null);
            if (server != null) {
                List<SpanData> trace = finished.stream()
                        .filter(span -> span.getTraceId().equals(server.getTraceId())).toList();
                if (trace.stream().anyMatch(span -> span.getKind() == SpanKind.CLIENT)) {
                    return trace;
                }
            }
            Thread.sleep(50);
        }
        return fail("no trace of the request with SQL spans among: " + names(spans.getFinishedSpanItems()));
    }

    private static String names(List<SpanData> spans) {
        return spans.stream().map(span -> span.getKind() + " " + span.getName()).collect(Collectors.joining(", "));
    }
}
