package org.alliancegraph.persisted;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link PersistedQueriesTest} against the packaged application. */
@QuarkusIntegrationTest
class PersistedQueriesIT extends PersistedQueriesTest {
}
