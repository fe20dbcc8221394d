package org.alliancegraph.common;

import io.smallrye.graphql.api.ErrorCode;

/**
 * The service cannot answer now for a reason on its side that passes (the database cannot be reached, is shutting down
 * or has no connection free; the change feed lost its connection): the client retries later, unchanged. A write refused
 * this way before its commit stored nothing; one whose connection was lost during the commit itself may have been
 * stored (the client reads before it retries a create).
 */
@ErrorCode("SERVICE_UNAVAILABLE")
public class ServiceUnavailableException extends ClientErrorException {

    public ServiceUnavailableException(String message) {
        super(message);
    }
}
