package org.alliancegraph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.main.Launch;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainTest;

/** {@code load-seeds} loads every seed file and exits with status 0, without serving HTTP. */
@QuarkusMainTest
class LoadSeedsCommandTest {

    @Test
    @Launch(AllianceGraph.LOAD_SEEDS)
    void loadsEverySeedFileAndExits(LaunchResult result) {
        assertEquals(0, result.exitCode());
        String output = result.getOutput();
        for (String file : new String[]{"reference/nato.yaml", "reference/topics.yaml",
                "000_ab42d079f1321106.yaml"}) {
            assertTrue(output.matches("(?s).*Seed " + file.replace(".", "\\.") + ": (LOADED|UNCHANGED).*"), output);
        }
    }
}
