package org.alliancegraph.http;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link GetRequestsTest} against the packaged application. */
@QuarkusIntegrationTest
class GetRequestsIT extends GetRequestsTest {
}
