package org.alliancegraph.mission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;

class CurrentStatusTest {

    @Test
    void theLastChangeThatTookPlaceCountsAndProposalsDoNot() {
        assertEquals(MissionStatus.ACTIVE, CurrentStatus.of(List.of(
                change(MissionStatus.ACTIVE, Realisation.OCCURRED),
                change(MissionStatus.ENDED, Realisation.PROPOSED))));
        assertEquals(MissionStatus.DRAWING_DOWN, CurrentStatus.of(List.of(
                change(MissionStatus.ACTIVE, Realisation.OCCURRED),
                change(MissionStatus.DRAWING_DOWN, Realisation.OCCURRED))));
    }

    @Test
    void aMissionWithoutChangesHasNoKnownStatus() {
        assertNull(CurrentStatus.of(List.of()));
        assertNull(CurrentStatus.of(List.of(change(MissionStatus.ENDED, Realisation.PROPOSED))));
    }

    private static MissionStatusChange change(MissionStatus status, Realisation realisation) {
        MissionStatusChange change = new MissionStatusChange();
        change.status = status;
        change.realisation = realisation;
        return change;
    }
}
