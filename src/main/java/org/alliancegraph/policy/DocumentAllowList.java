package org.alliancegraph.policy;

import java.util.concurrent.CompletionStage;

/**
 * Which documents may run at all, for operations the front door did not resolve itself (the WebSocket's): in
 * trusted-documents mode only the registered ones (implemented by the persisted queries), otherwise any.
 */
public interface DocumentAllowList {

    /** Whether the allow-list is in force; when it is not, every document may run. */
    boolean enforced();

    /** Whether this document's text is one that may run. */
    CompletionStage<Boolean> allows(String query);
}
