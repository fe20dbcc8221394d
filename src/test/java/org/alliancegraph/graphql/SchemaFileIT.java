package org.alliancegraph.graphql;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link SchemaFileTest} against the packaged application. */
@QuarkusIntegrationTest
class SchemaFileIT extends SchemaFileTest {
}
