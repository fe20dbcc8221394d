package org.alliancegraph.mission;

import java.util.List;

/** A mission's status now: the status after the last change that took place. Proposals do not count. */
final class CurrentStatus {

    private CurrentStatus() {
    }

    /**
     * @param changes
     *            the mission's changes in the order they happened
     */
    static MissionStatus of(List<MissionStatusChangeView> changes) {
        MissionStatus status = null;
        for (MissionStatusChangeView change : changes) {
            if (change.realisation() == Realisation.OCCURRED) {
                status = change.status();
            }
        }
        return status;
    }
}
