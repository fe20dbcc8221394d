package org.alliancegraph.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.concurrent.CompletionException;

import org.alliancegraph.common.ExecutionTimeoutException;
import org.alliancegraph.common.InternalServerErrorException;
import org.alliancegraph.common.NotFoundException;
import org.junit.jupiter.api.Test;

import io.smallrye.mutiny.Uni;
import io.vertx.pgclient.PgException;

/** Which failures reach the client as they are, which as EXECUTION_TIMEOUT and which as "System error". */
class ResolverErrorsTest {

    @Test
    void aStatementCancelledByPostgresqlIsAnExecutionTimeout() {
        PgException cancelled = new PgException("canceling statement due to statement timeout", "ERROR", "57014",
                null);
        assertInstanceOf(ExecutionTimeoutException.class, failureOf(new CompletionException(cancelled)));
    }

    @Test
    void otherDatabaseFailuresStayInternal() {
        PgException other = new PgException("relation does not exist", "ERROR", "42P01", null);
        assertInstanceOf(InternalServerErrorException.class, failureOf(other));
    }

    @Test
    void clientErrorsPassThrough() {
        NotFoundException notFound = new NotFoundException("no mission", "slug");
        assertSame(notFound, failureOf(notFound));
        assertEquals("no mission", failureOf(notFound).getMessage());
    }

    private static Throwable failureOf(Throwable failure) {
        return (Throwable) ResolverErrors.hideInternalErrors(Uni.createFrom().failure(failure)).onFailure()
                .recoverWithItem(recovered -> recovered).await().indefinitely();
    }
}
