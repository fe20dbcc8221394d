package org.alliancegraph.common;

import io.smallrye.graphql.api.ErrorCode;

/**
 * The service cannot answer now for a reason on its side that passes (the database cannot be reached, is shutting down
 * or has no connection free; the change feed lost its connection): the client retries later, unchanged. Nothing of a
 * write that failed this way was stored.
 */
@ErrorCode("SERVICE_UNAVAILABLE")
public class ServiceUnavailableException extends ClientErrorException {

    public ServiceUnavailableException(String message) {
        super(message);
    }
}
