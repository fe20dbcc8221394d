package org.alliancegraph.persisted;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import org.alliancegraph.common.Sha256;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/**
 * What registration turns away: a document the policy refuses, one above the size cap, any beyond the table's cap (here
 * 1 KiB and 3 documents). A document that may run still runs; only its hash stays unknown.
 */
@QuarkusTest
@TestProfile(PersistedQueryLimitsTest.SmallTable.class)
class PersistedQueryLimitsTest {

    public static class SmallTable implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("alliance.persisted-queries.max-document-size", "1K",
                    "alliance.persisted-queries.max-entries", "3");
        }
    }

    @Test
    void aDocumentThePolicyRefusesIsNotRegistered() {
        StringBuilder aliases = new StringBuilder("query TooManyAliases {");
        for (int i = 0; i < 31; i++) {
            aliases.append(" a").append(i).append(": alliances { slug }");
        }
        String query = aliases.append(" }").toString();
        withQuery(query).body("errors[0].extensions.code", equalTo("QUERY_TOO_MANY_ALIASES"));
        byHash(query).body("errors[0].extensions.code", equalTo("PERSISTED_QUERY_NOT_FOUND"));
    }

    @Test
    void aDocumentAboveTheSizeCapRunsButIsNotRegistered() {
        String query = "# " + "padding ".repeat(200) + "\nquery Large { mission(slug: \"kfor\") { acronym } }";
        withQuery(query).body("data.mission.acronym", equalTo("KFOR"));
        byHash(query).body("errors[0].extensions.code", equalTo("PERSISTED_QUERY_NOT_FOUND"));
    }

    @Test
    void theTableKeepsAtMostItsCap() {
        for (int i = 0; i < 3; i++) {
            String query = "query Kept" + i + " { mission(slug: \"kfor\") { acronym } }";
            withQuery(query).body("data.mission.acronym", equalTo("KFOR"));
            byHash(query).body("data.mission.acronym", equalTo("KFOR"));
        }
        String beyond = "query Beyond { mission(slug: \"kfor\") { acronym } }";
        withQuery(beyond).body("data.mission.acronym", equalTo("KFOR"));
        byHash(beyond).body("errors[0].extensions.code", equalTo("PERSISTED_QUERY_NOT_FOUND"));
        String again = "query Kept0 { mission(slug: \"kfor\") { acronym } }";
        withQuery(again).body("data.mission.acronym", equalTo("KFOR"));
        byHash(again).body("data.mission.acronym", equalTo("KFOR"));
    }

    private static ValidatableResponse withQuery(String query) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("query", query, "extensions", PersistedQueriesTest.extensions(
                        Sha256.hex(query))))
                .when().post("/graphql").then().statusCode(200);
    }

    private static ValidatableResponse byHash(String query) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("extensions", PersistedQueriesTest.extensions(Sha256.hex(query))))
                .when().post("/graphql").then().statusCode(200);
    }
}
