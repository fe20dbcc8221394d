package org.alliancegraph.common;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.util.concurrent.CompletionException;

import org.junit.jupiter.api.Test;

import io.vertx.core.VertxException;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.ClosedConnectionException;

class DatabaseFailuresTest {

    @Test
    void aDatabaseThatCannotBeReachedIsUnavailableHoweverDeepTheCause() {
        assertTrue(DatabaseFailures.unavailable(new CompletionException(new ConnectException("Connection refused"))));
        assertTrue(DatabaseFailures.unavailable(ClosedConnectionException.INSTANCE));
        assertTrue(DatabaseFailures.unavailable(new VertxException("Timeout waiting for connection", true)));
        assertTrue(DatabaseFailures.unavailable(new VertxException(
                "Pending requests failed to be sent due to connection has been closed.", true)));
        assertTrue(DatabaseFailures.unavailable(new UnknownHostException("db.example")));
    }

    @Test
    void aServerShuttingDownOrFullIsUnavailable() {
        assertTrue(DatabaseFailures.unavailable(pg("57P01"))); // admin_shutdown
        assertTrue(DatabaseFailures.unavailable(pg("57P03"))); // cannot_connect_now
        assertTrue(DatabaseFailures.unavailable(pg("53300"))); // too_many_connections
        assertTrue(DatabaseFailures.unavailable(pg("08006"))); // connection_failure
    }

    @Test
    void whatTheRequestCausedIsNot() {
        assertFalse(DatabaseFailures.unavailable(pg("23505"))); // unique_violation
        assertFalse(DatabaseFailures.unavailable(pg("57014"))); // query_canceled: EXECUTION_TIMEOUT
        assertTrue(DatabaseFailures.statementTimedOut(new CompletionException(pg("57014"))));
        assertFalse(DatabaseFailures.unavailable(pg("08P01"))); // protocol_violation: a retry would repeat it
        assertFalse(DatabaseFailures.unavailable(new IllegalStateException("Timeout")));
        assertFalse(DatabaseFailures.unavailable(new VertxException("something else", true)));
    }

    private static PgException pg(String sqlState) {
        return new PgException("from the server", "FATAL", sqlState, null);
    }
}
