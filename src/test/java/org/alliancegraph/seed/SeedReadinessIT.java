package org.alliancegraph.seed;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link SeedReadinessTest} against the packaged application. */
@QuarkusIntegrationTest
class SeedReadinessIT extends SeedReadinessTest {
}
