package org.alliancegraph.live;

import org.alliancegraph.common.ClientErrorException;

import io.smallrye.graphql.api.ErrorCode;

/**
 * A subscription whose events came faster than they could be delivered, past its buffer
 * (alliance.live.subscriber-buffer): it ends with this error rather than hold more, or drop events silently.
 */
@ErrorCode("SUBSCRIBER_TOO_SLOW")
public class SubscriberTooSlowException extends ClientErrorException {

    public SubscriberTooSlowException(String message) {
        super(message);
    }
}
