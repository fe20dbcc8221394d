package org.alliancegraph.common;

import io.smallrye.graphql.api.ErrorCode;

/** The request is well-formed GraphQL but asks for something the API does not allow. */
@ErrorCode("BAD_USER_INPUT")
public class BadUserInputException extends RuntimeException {

    public BadUserInputException(String message) {
        super(message);
    }
}
