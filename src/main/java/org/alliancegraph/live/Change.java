package org.alliancegraph.live;

import java.util.List;

/**
 * A change announced to every instance through PostgreSQL NOTIFY (JSON on the channel {@link ChangeFeed#CHANNEL}), with
 * what subscribers filter on, so that an instance loads only the records some subscriber wants.
 *
 * @param type
 *            STATEMENT_ADDED or MISSION_STATUS_CHANGED
 * @param id
 *            the statement's or the status change's id
 * @param speaker
 *            a statement's speaker (slug)
 * @param evidentialStatus
 *            a statement's evidential status
 * @param alliances
 *            the alliances a statement is about (slugs)
 * @param missions
 *            the missions a statement is about, or the mission whose status changed (slugs)
 */
public record Change(Type type, long id, String speaker, String evidentialStatus, List<String> alliances,
        List<String> missions) {

    public enum Type {
        STATEMENT_ADDED,
        MISSION_STATUS_CHANGED
    }

    public static Change statementAdded(long id, String speaker, String evidentialStatus, List<String> alliances,
            List<String> missions) {
        return new Change(Type.STATEMENT_ADDED, id, speaker, evidentialStatus, alliances, missions);
    }

    public static Change missionStatusChanged(long id, String mission) {
        return new Change(Type.MISSION_STATUS_CHANGED, id, null, null, List.of(), List.of(mission));
    }
}
