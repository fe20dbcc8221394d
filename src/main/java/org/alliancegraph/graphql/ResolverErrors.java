package org.alliancegraph.graphql;

import org.alliancegraph.common.ClientErrorException;
import org.alliancegraph.common.DatabaseFailures;
import org.alliancegraph.common.ExecutionTimeoutException;
import org.alliancegraph.common.InternalServerErrorException;
import org.alliancegraph.common.ServiceUnavailableException;

import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;

/**
 * What a resolver's failure becomes for the client: errors a client can act on ({@link ClientErrorException}) pass as
 * they are, a statement PostgreSQL cancelled at its statement_timeout becomes EXECUTION_TIMEOUT, a database that cannot
 * be reached SERVICE_UNAVAILABLE (retryable), anything else INTERNAL_SERVER_ERROR, logged here with its cause ("System
 * error" to the client, never a stack trace).
 */
public final class ResolverErrors {

    private ResolverErrors() {
    }

    /**
     * Lets the errors a client can act on through ({@link ClientErrorException}), turns a statement PostgreSQL
     * cancelled at its statement_timeout into EXECUTION_TIMEOUT, a database that cannot be reached into
     * SERVICE_UNAVAILABLE, and any other failure into INTERNAL_SERVER_ERROR, logged here with its cause.
     */
    public static <T> Uni<T> hideInternalErrors(Uni<T> work) {
        return work.onFailure(failure -> !(failure instanceof ClientErrorException)).transform(failure -> {
            if (DatabaseFailures.statementTimedOut(failure)) {
                return new ExecutionTimeoutException("a database statement ran longer than the execution timeout: "
                        + "ask for less");
            }
            if (DatabaseFailures.unavailable(failure)) {
                Log.warnf("The database is unavailable: %s", failure.toString());
                return new ServiceUnavailableException("the database cannot be reached right now: retry shortly");
            }
            Log.error("Resolver failed", failure);
            return new InternalServerErrorException(failure);
        });
    }
}
