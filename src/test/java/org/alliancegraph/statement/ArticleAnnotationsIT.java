package org.alliancegraph.statement;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link ArticleAnnotationsTest} against the packaged application. */
@QuarkusIntegrationTest
class ArticleAnnotationsIT extends ArticleAnnotationsTest {
}
