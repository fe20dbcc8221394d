package org.alliancegraph.http;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link LimitsTest} against the packaged application. */
@QuarkusIntegrationTest
class LimitsIT extends LimitsTest {
}
