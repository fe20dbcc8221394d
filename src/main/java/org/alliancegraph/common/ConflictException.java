package org.alliancegraph.common;

import io.smallrye.graphql.api.ErrorCode;

/**
 * The write conflicts with the stored state: another client changed the record first, or other records still refer to
 * it.
 */
@ErrorCode("CONFLICT")
public class ConflictException extends ClientErrorException {

    public ConflictException(String message) {
        super(message);
    }

    public ConflictException(String message, String field) {
        super(message, field);
    }
}
