package org.alliancegraph.http;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link MetricsTest} against the packaged application. */
@QuarkusIntegrationTest
class MetricsIT extends MetricsTest {
}
