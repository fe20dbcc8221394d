package org.alliancegraph.http;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link RequestErrorsTest} against the packaged application. */
@QuarkusIntegrationTest
class RequestErrorsIT extends RequestErrorsTest {
}
