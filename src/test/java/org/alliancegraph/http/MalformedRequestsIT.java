package org.alliancegraph.http;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link MalformedRequestsTest} against the packaged application. */
@QuarkusIntegrationTest
class MalformedRequestsIT extends MalformedRequestsTest {
}
