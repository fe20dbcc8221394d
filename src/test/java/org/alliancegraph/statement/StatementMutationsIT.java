package org.alliancegraph.statement;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link StatementMutationsTest} against the packaged application. */
@QuarkusIntegrationTest
class StatementMutationsIT extends StatementMutationsTest {
}
