package org.alliancegraph.common;

import io.smallrye.graphql.api.ErrorCode;

/**
 * What a client sees of a failure it cannot act on: "System error" with a stable code. The cause is logged on the
 * server, never sent.
 */
@ErrorCode("INTERNAL_SERVER_ERROR")
public class InternalServerErrorException extends RuntimeException {

    public InternalServerErrorException(Throwable cause) {
        super("internal server error", cause);
    }
}
