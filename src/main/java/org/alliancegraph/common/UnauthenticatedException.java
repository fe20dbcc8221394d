package org.alliancegraph.common;

import io.smallrye.graphql.api.ErrorCode;

/** The operation needs a valid bearer token and the request has none (or an invalid one). */
@ErrorCode("UNAUTHENTICATED")
public class UnauthenticatedException extends ClientErrorException {

    public UnauthenticatedException(String message) {
        super(message);
    }
}
