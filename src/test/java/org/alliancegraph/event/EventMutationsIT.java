package org.alliancegraph.event;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link EventMutationsTest} against the packaged application. */
@QuarkusIntegrationTest
class EventMutationsIT extends EventMutationsTest {
}
