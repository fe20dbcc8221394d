package org.alliancegraph.common;

import io.smallrye.graphql.api.ErrorCode;

/**
 * The operation ran longer than the execution timeout (alliance.limits.execution-timeout), or one of its database
 * statements did (PostgreSQL's statement_timeout). The field that fails this way writes nothing: a mutation field
 * refused at the deadline does not run, and one whose statement was cancelled rolls back. Mutation fields of the same
 * request that completed before keep what they wrote.
 */
@ErrorCode("EXECUTION_TIMEOUT")
public class ExecutionTimeoutException extends ClientErrorException {

    public ExecutionTimeoutException(String message) {
        super(message);
    }
}
