package org.alliancegraph.mission;

import org.alliancegraph.document.Excerpt;

/**
 * A change of a mission's status as a write gives it: who proposed it by slug, the statement that did by id (the
 * statement feature, which refers to missions, finds it), the date as written, the excerpt that states it.
 */
public record StatusChangeData(ChangeKind kind, MissionStatus status, Realisation realisation, String effective,
        DateBound effectiveBound, String proposedBy, Long statementId, Excerpt source) {
}
