package org.alliancegraph.mission;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link MissionMutationsTest} against the packaged application. */
@QuarkusIntegrationTest
class MissionMutationsIT extends MissionMutationsTest {
}
