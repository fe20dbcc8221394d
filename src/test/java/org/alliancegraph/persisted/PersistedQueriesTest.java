package org.alliancegraph.persisted;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import org.alliancegraph.common.Sha256;
import org.alliancegraph.support.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * Automatic persisted queries, as Apollo Client and urql send them: a client with a token registers (as every profile
 * allows), anyone runs by the hash.
 */
@QuarkusTest
class PersistedQueriesTest {

    static Map<String, Object> extensions(String hash) {
        return Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", hash));
    }

    @Test
    void theRoundTripRegistersAQueryThatAHashAloneThenRuns() {
        String query = "query Kfor { mission(slug: \"kfor\") { acronym } }";
        String hash = Sha256.hex(query);
        given().contentType(ContentType.JSON).body(Map.of("extensions", extensions(hash)))
                .when().post("/graphql")
                .then().statusCode(200)
                .body("errors[0].message", equalTo("PersistedQueryNotFound"))
                .body("errors[0].extensions.code", equalTo("PERSISTED_QUERY_NOT_FOUND"));
        given().contentType(ContentType.JSON).auth().oauth2(Tokens.token("dashboard", "reader"))
                .body(Map.of("query", query, "extensions", extensions(hash)))
                .when().post("/graphql")
                .then().statusCode(200).body("data.mission.acronym", equalTo("KFOR"));
        given().contentType(ContentType.JSON).body(Map.of("extensions", extensions(hash)))
                .when().post("/graphql")
                .then().statusCode(200).body("data.mission.acronym", equalTo("KFOR"));
        given().queryParam("extensions", "{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"" + hash + "\"}}")
                .when().get("/graphql")
                .then().statusCode(200).body("data.mission.acronym", equalTo("KFOR"));
    }

    @Test
    void aHashThatIsNotTheQuerysIsRefused() {
        given().contentType(ContentType.JSON).body(Map.of("query", "{ alliances { slug } }",
                "extensions", extensions(Sha256.hex("{ events { slug } }"))))
                .when().post("/graphql")
                .then().statusCode(200).body("errors[0].extensions.code", equalTo("PERSISTED_QUERY_HASH_MISMATCH"));
    }

    @Test
    void aRegisteredMutationSentByItsHashWithGetIsStill405() {
        String mutation = "mutation { deleteActor(slug: \"nobody-at-all\") }";
        String hash = Sha256.hex(mutation);
        given().contentType(ContentType.JSON).auth().oauth2(Tokens.token("dashboard", "reader"))
                .body(Map.of("query", mutation, "extensions", extensions(hash)))
                .when().post("/graphql")
                .then().statusCode(200).body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        given().queryParam("extensions", "{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"" + hash + "\"}}")
                .when().get("/graphql")
                .then().statusCode(405);
    }
}
