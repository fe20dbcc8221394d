package org.alliancegraph.graphql;

import java.util.Locale;

import io.micrometer.core.instrument.Metrics;
import io.quarkus.runtime.annotations.RegisterForReflection;
import io.smallrye.graphql.api.Context;
import io.smallrye.graphql.api.ErrorCode;
import io.smallrye.graphql.spi.EventingService;

/**
 * Counts the errors of each root and batched field by code, next to SmallRye GraphQL's timings
 * ({@code mp_graphql_seconds}): {@code graphql_errors_total{field, type, code}}, where code is the error's
 * {@code extensions.code} (INTERNAL_SERVER_ERROR for anything unexpected). A SmallRye GraphQL eventing service
 * (META-INF/services); registered for reflection, which the service loader uses in a native image.
 */
@RegisterForReflection
public class ErrorMetrics implements EventingService {

    @Override
    public String getConfigKey() {
        return null;
    }

    @Override
    public void errorDataFetch(Context context, Throwable failure) {
        Metrics.counter("graphql.errors", "field", context.getFieldName(),
                "type", String.valueOf(context.getOperationType()).toUpperCase(Locale.ROOT),
                "code", codeOf(failure)).increment();
    }

    /** The code the client sees: the failure's (or its cause's) {@code @ErrorCode}. */
    static String codeOf(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            ErrorCode code = cause.getClass().getAnnotation(ErrorCode.class);
            if (code != null) {
                return code.value();
            }
        }
        return "INTERNAL_SERVER_ERROR";
    }
}
