package org.alliancegraph.actor;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link ActorMutationsTest} against the packaged application. */
@QuarkusIntegrationTest
class ActorMutationsIT extends ActorMutationsTest {
}
