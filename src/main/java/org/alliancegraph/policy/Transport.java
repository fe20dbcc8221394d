package org.alliancegraph.policy;

import java.util.Locale;

/** How an operation reached the service: each applies the same policy; GET runs queries only. */
public enum Transport {
    POST,
    GET,
    WEBSOCKET;

    /** The label of metrics: post, get, websocket. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
