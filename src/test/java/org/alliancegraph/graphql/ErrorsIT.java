package org.alliancegraph.graphql;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link ErrorsTest} against the packaged application. */
@QuarkusIntegrationTest
class ErrorsIT extends ErrorsTest {
}
