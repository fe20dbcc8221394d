package org.alliancegraph.graphql;

import java.util.function.Supplier;

import org.alliancegraph.common.ClientErrorException;
import org.alliancegraph.common.ExecutionTimeoutException;
import org.alliancegraph.common.InternalServerErrorException;
import org.hibernate.JDBCException;

import io.opentelemetry.context.Scope;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.logging.Log;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.pgclient.PgException;

/**
 * Runs database work on a fresh duplicated Vert.x context with a Hibernate Reactive session of its own.
 *
 * <p>
 * Why: SmallRye GraphQL resolves sibling fields concurrently (aliased root fields, several batched lists on one type)
 * and they share one Vert.x context. Hibernate Reactive keeps the session in that context, so siblings would share one
 * session and fail ("Illegal pop() with non-matching JdbcValuesSourceProcessingState", "Session is closed"; Quarkus
 * issue 32870). A new duplicated context per call gives each its own context-local session, opened by
 * {@link Panache#withSession} and closed when the work completes.
 *
 * <p>
 * The request's OpenTelemetry context goes along, so that the work's spans stay in the request's trace.
 *
 * <p>
 * Every failure, including one thrown while starting the work, fails the returned {@code Uni}: an exception lost inside
 * the context callback would leave the HTTP request hanging.
 */
public final class Sessions {

    private static final String QUERY_CANCELED = "57014";

    private Sessions() {
    }

    public static <T> Uni<T> fresh(Vertx vertx, Supplier<Uni<T>> work) {
        Uni<T> run = Uni.createFrom().emitter(emitter -> {
            Context parent = Vertx.currentContext() != null ? Vertx.currentContext() : vertx.getOrCreateContext();
            Context context = VertxContext.createNewDuplicatedContext(parent);
            VertxContextSafetyToggle.setContextSafe(context, true);
            io.opentelemetry.context.Context trace = io.opentelemetry.context.Context.current();
            context.runOnContext(ignored -> {
                // The new context starts without the request's trace: carry it over, so that the SQL spans of this
                // work belong to the request's trace.
                Scope traced = trace.makeCurrent();
                try {
                    Panache.withSession(work).subscribe().with(item -> {
                        traced.close();
                        emitter.complete(item);
                    }, failure -> {
                        traced.close();
                        emitter.fail(failure);
                    });
                } catch (Throwable failure) {
                    traced.close();
                    emitter.fail(failure);
                }
            });
        });
        return hideInternalErrors(run);
    }

    /**
     * Lets the errors a client can act on through ({@link ClientErrorException}), turns a statement PostgreSQL
     * cancelled at its statement_timeout into EXECUTION_TIMEOUT, and any other failure into INTERNAL_SERVER_ERROR,
     * logged here with its cause.
     */
    public static <T> Uni<T> hideInternalErrors(Uni<T> work) {
        return work.onFailure(failure -> !(failure instanceof ClientErrorException)).transform(failure -> {
            if (cancelledByTimeout(failure)) {
                return new ExecutionTimeoutException("a database statement ran longer than the execution timeout: "
                        + "ask for less");
            }
            Log.error("Resolver failed", failure);
            return new InternalServerErrorException(failure);
        });
    }

    /** Whether PostgreSQL cancelled the statement (SQLSTATE 57014, query_canceled), as its statement_timeout does. */
    static boolean cancelledByTimeout(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof PgException pg && QUERY_CANCELED.equals(pg.getSqlState())
                    || cause instanceof JDBCException jdbc && QUERY_CANCELED.equals(jdbc.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
