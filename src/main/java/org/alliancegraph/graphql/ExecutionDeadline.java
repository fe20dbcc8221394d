package org.alliancegraph.graphql;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.alliancegraph.common.ExecutionTimeoutException;
import org.eclipse.microprofile.config.ConfigProvider;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.smallrye.graphql.api.Context;
import io.smallrye.graphql.spi.EventingService;

/**
 * The execution timeout of queries and mutations: once an operation has run for alliance.limits.execution-timeout, each
 * resolver it still calls fails with EXECUTION_TIMEOUT instead of reading the database, so the rest of the operation
 * ends at once. A single database statement is bounded by PostgreSQL's statement_timeout, a setting of its own (see
 * {@link ResolverErrors#hideInternalErrors}). Subscriptions are exempt: they are meant to stay open.
 *
 * <p>
 * The deadline is kept by execution id from the start of the execution to its end; an execution that fails before
 * SmallRye reports its end leaves an entry, which the next execution to start removes once it is past its deadline.
 *
 * <p>
 * A SmallRye GraphQL eventing service (META-INF/services), which the engine calls before each operation and each
 * resolver; registered for reflection, which the service loader uses in a native image.
 */
@RegisterForReflection
public class ExecutionDeadline implements EventingService {

    private final Map<String, Long> deadlines = new ConcurrentHashMap<>();
    private final long timeoutNanos = ConfigProvider.getConfig()
            .getValue("alliance.limits.execution-timeout", Duration.class).toNanos();

    @Override
    public String getConfigKey() {
        return null;
    }

    @Override
    public void beforeExecute(Context context) {
        long now = System.nanoTime();
        deadlines.values().removeIf(deadline -> now - deadline > timeoutNanos);
        deadlines.put(context.getExecutionId(), now + timeoutNanos);
    }

    @Override
    public void beforeDataFetch(Context context) {
        if ("SUBSCRIPTION".equalsIgnoreCase(context.getOperationType())) {
            return;
        }
        Long deadline = deadlines.get(context.getExecutionId());
        if (deadline != null && System.nanoTime() - deadline > 0) {
            throw new ExecutionTimeoutException("the operation ran longer than " + Duration.ofNanos(timeoutNanos)
                    .toMillis() + " ms, the execution timeout: ask for less");
        }
    }

    @Override
    public void afterExecute(Context context) {
        deadlines.remove(context.getExecutionId());
    }

    @Override
    public void errorExecute(Context context, Throwable failure) {
        deadlines.remove(context.getExecutionId());
    }
}
