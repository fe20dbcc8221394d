package org.alliancegraph.statement;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link ArticleFactsTest} against the packaged application. */
@QuarkusIntegrationTest
class ArticleFactsIT extends ArticleFactsTest {
}
