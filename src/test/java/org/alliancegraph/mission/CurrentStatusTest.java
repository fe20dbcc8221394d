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

    private static MissionStatusChangeView change(MissionStatus status, Realisation realisation) {
        return new MissionStatusChangeView(1, 1, ChangeKind.END, status, realisation, null, DateBound.ON, null, null,
                null, null, null);
    }
}
