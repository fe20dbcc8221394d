package org.alliancegraph.common;

import io.smallrye.graphql.api.ErrorCode;

/** The caller's token lacks the role the operation needs. */
@ErrorCode("FORBIDDEN")
public class ForbiddenException extends ClientErrorException {

    public ForbiddenException(String message) {
        super(message);
    }
}
