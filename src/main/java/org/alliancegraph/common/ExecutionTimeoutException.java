package org.alliancegraph.common;

import io.smallrye.graphql.api.ErrorCode;

/**
 * The operation ran longer than the execution timeout (alliance.limits.execution-timeout), or one of its database
 * statements did (PostgreSQL's statement_timeout, set to the same value). Nothing it would have written is kept.
 */
@ErrorCode("EXECUTION_TIMEOUT")
public class ExecutionTimeoutException extends ClientErrorException {

    public ExecutionTimeoutException(String message) {
        super(message);
    }
}
