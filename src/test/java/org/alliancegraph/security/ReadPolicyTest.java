package org.alliancegraph.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import org.alliancegraph.support.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/** With ALLIANCE_READ_POLICY=reader, queries need a token with a role. */
@QuarkusTest
@TestProfile(ReadPolicyTest.ReaderRequired.class)
class ReadPolicyTest {

    public static class ReaderRequired implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("alliance.read-policy", "reader");
        }
    }

    private static final Map<String, String> QUERY = Map.of("query", "{ mission(slug: \"kfor\") { acronym } }");

    @Test
    void aQueryWithoutATokenIsRefused() {
        given().contentType(ContentType.JSON).body(QUERY).when().post("/graphql").then().statusCode(401);
    }

    @Test
    void aTokenWithoutARoleIsForbidden() {
        given().contentType(ContentType.JSON).body(QUERY).auth().oauth2(Tokens.token("nobody"))
                .when().post("/graphql").then().statusCode(403);
    }

    @Test
    void aReaderAndAnEditorMayQuery() {
        for (String role : new String[]{"reader", "editor"}) {
            given().contentType(ContentType.JSON).body(QUERY).auth().oauth2(Tokens.token("r", role))
                    .when().post("/graphql")
                    .then().statusCode(200).body("data.mission.acronym", equalTo("KFOR"));
        }
    }
}
