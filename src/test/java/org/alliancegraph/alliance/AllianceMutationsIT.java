package org.alliancegraph.alliance;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link AllianceMutationsTest} against the packaged application. */
@QuarkusIntegrationTest
class AllianceMutationsIT extends AllianceMutationsTest {
}
