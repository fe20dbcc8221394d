package org.alliancegraph.common;

import java.net.ConnectException;
import java.util.Set;

import org.hibernate.JDBCException;

import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.ClosedConnectionException;

/** What a failure of the database says about the request: whether it is the database's absence, not the request. */
public final class DatabaseFailures {

    /**
     * SQLSTATEs of a database that is going away or cannot take the connection now: class 08 (connection exception),
     * admin_shutdown, crash_shutdown, cannot_connect_now, too_many_connections.
     */
    private static final Set<String> UNAVAILABLE = Set.of("57P01", "57P02", "57P03", "53300");
    /**
     * The Vert.x SQL pool's failures when no connection became free in time: they have no type of their own (a
     * VertxException and a NoStackTraceThrowable), only these messages.
     */
    private static final Set<String> POOL_TIMEOUTS = Set.of("Timeout waiting for connection", "Timeout");

    private DatabaseFailures() {
    }

    /**
     * Whether the failure is the database's absence rather than the request's fault: no connection (refused, closed
     * under the request, none free in time) or a server that is shutting down or full.
     */
    public static boolean unavailable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException || cause instanceof ClosedConnectionException
                    || cause.getClass().getName().startsWith("io.vertx.") && POOL_TIMEOUTS.contains(cause.getMessage())
                    || cause instanceof PgException pg && unavailableState(pg.getSqlState())
                    || cause instanceof JDBCException jdbc && unavailableState(jdbc.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static boolean unavailableState(String sqlState) {
        return sqlState != null && (sqlState.startsWith("08") || UNAVAILABLE.contains(sqlState));
    }
}
