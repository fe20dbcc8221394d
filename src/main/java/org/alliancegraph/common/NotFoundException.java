package org.alliancegraph.common;

import io.smallrye.graphql.api.ErrorCode;

/** A record the request names does not exist. */
@ErrorCode("NOT_FOUND")
public class NotFoundException extends ClientErrorException {

    /**
     * @param field
     *            the argument that named the missing record
     */
    public NotFoundException(String message, String field) {
        super(message, field);
    }
}
