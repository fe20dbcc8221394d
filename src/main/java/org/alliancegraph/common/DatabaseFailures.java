package org.alliancegraph.common;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.util.Set;

import org.hibernate.JDBCException;

import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.ClosedConnectionException;

/** What a failure of the database says about the request: whether it is the database's absence, not the request. */
public final class DatabaseFailures {

    /**
     * SQLSTATEs of a database that is going away or cannot take the connection now: class 08 (connection exception) but
     * protocol_violation (08P01, which a retry repeats), admin_shutdown, crash_shutdown, cannot_connect_now,
     * too_many_connections.
     */
    private static final Set<String> UNAVAILABLE = Set.of("57P01", "57P02", "57P03", "53300");
    private static final String PROTOCOL_VIOLATION = "08P01";
    private static final String QUERY_CANCELED = "57014";
    /**
     * Failures of the Vert.x SQL client (4.5) that have no type of their own, only these messages: no pool connection
     * free in time (a VertxException and a NoStackTraceThrowable), and a request on a connection that closed under it.
     */
    private static final Set<String> VERTX_MESSAGES = Set.of("Timeout waiting for connection", "Timeout",
            "Connection was closed", "Pending requests failed to be sent due to connection has been closed.");
    private static final String NOT_ACTIVE = "Connection is not active now";

    private DatabaseFailures() {
    }

    /**
     * Whether the failure is the database's absence rather than the request's fault: no connection (refused, closed
     * under the request, none free in time) or a server that is shutting down or full.
     */
    public static boolean unavailable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException || cause instanceof UnknownHostException
                    || cause instanceof ClosedConnectionException || vertxUnavailable(cause)
                    || cause instanceof PgException pg && unavailableState(pg.getSqlState())
                    || cause instanceof JDBCException jdbc && unavailableState(jdbc.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** Whether PostgreSQL cancelled the statement (SQLSTATE 57014, query_canceled), as its statement_timeout does. */
    public static boolean statementTimedOut(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof PgException pg && QUERY_CANCELED.equals(pg.getSqlState())
                    || cause instanceof JDBCException jdbc && QUERY_CANCELED.equals(jdbc.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static boolean vertxUnavailable(Throwable cause) {
        String message = cause.getMessage();
        return message != null && cause.getClass().getName().startsWith("io.vertx.")
                && (VERTX_MESSAGES.contains(message) || message.startsWith(NOT_ACTIVE));
    }

    private static boolean unavailableState(String sqlState) {
        return sqlState != null && (sqlState.startsWith("08") && !PROTOCOL_VIOLATION.equals(sqlState)
                || UNAVAILABLE.contains(sqlState));
    }
}
