package org.alliancegraph.persisted;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import org.alliancegraph.common.Sha256;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.http.ContentType;

/**
 * {@link PersistedQueriesTest} against the packaged application, and its prod default: only authenticated clients
 * register.
 */
@QuarkusIntegrationTest
class PersistedQueriesIT extends PersistedQueriesTest {

    @Test
    void anAnonymousClientsQueryRunsButIsNotRegistered() {
        String query = "query AnonymousKfor { mission(slug: \"kfor\") { acronym } }";
        String hash = Sha256.hex(query);
        given().contentType(ContentType.JSON).body(Map.of("query", query, "extensions", extensions(hash)))
                .when().post("/graphql")
                .then().statusCode(200).body("data.mission.acronym", equalTo("KFOR"));
        given().contentType(ContentType.JSON).body(Map.of("extensions", extensions(hash)))
                .when().post("/graphql")
                .then().statusCode(200).body("errors[0].extensions.code", equalTo("PERSISTED_QUERY_NOT_FOUND"));
    }
}
