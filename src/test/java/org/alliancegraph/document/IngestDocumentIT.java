package org.alliancegraph.document;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link IngestDocumentTest} against the packaged application. */
@QuarkusIntegrationTest
class IngestDocumentIT extends IngestDocumentTest {
}
