package org.alliancegraph.http;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link NoMutationsOverGetTest} against the packaged application. */
@QuarkusIntegrationTest
class NoMutationsOverGetIT extends NoMutationsOverGetTest {
}
