package org.alliancegraph.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;

/** PostgreSQL cancels a statement of the application's that runs longer than the execution timeout. */
@QuarkusTest
class StatementTimeoutTest {

    @Inject
    Pool pool;

    @Test
    void theConnectionsCarryTheExecutionTimeout() {
        String timeout = pool.query("show statement_timeout").execute().await().indefinitely().iterator().next()
                .getString(0);
        assertEquals("10s", timeout);
    }
}
