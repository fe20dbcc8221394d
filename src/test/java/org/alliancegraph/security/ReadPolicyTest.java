package org.alliancegraph.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.util.Map;
import java.util.concurrent.ExecutionException;

import jakarta.inject.Inject;

import org.alliancegraph.support.GraphQLWebSocket;
import org.alliancegraph.support.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.vertx.core.Vertx;
import io.vertx.core.http.UpgradeRejectedException;

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

    @TestHTTPResource("/graphql")
    URI endpoint;

    @Inject
    Vertx vertx;

    private static final Map<String, String> QUERY = Map.of("query", "{ mission(slug: \"kfor\") { acronym } }");

    @Test
    void aQueryWithoutATokenIsRefused() {
        given().contentType(ContentType.JSON).body(QUERY).when().post("/graphql").then().statusCode(401);
    }

    @Test
    void aWebSocketWithoutATokenIsRefusedAtTheUpgrade() {
        ExecutionException refused = assertThrows(ExecutionException.class,
                () -> GraphQLWebSocket.connect(vertx, endpoint));
        assertEquals(401, ((UpgradeRejectedException) refused.getCause()).getStatus());
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
