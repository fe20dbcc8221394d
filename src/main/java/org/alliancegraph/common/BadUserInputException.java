package org.alliancegraph.common;

import io.smallrye.graphql.api.ErrorCode;

/** The request is well-formed GraphQL but asks for something the API does not allow. */
@ErrorCode("BAD_USER_INPUT")
public class BadUserInputException extends ClientErrorException {

    public BadUserInputException(String message) {
        super(message);
    }

    public BadUserInputException(String message, String field) {
        super(message, field);
    }
}
