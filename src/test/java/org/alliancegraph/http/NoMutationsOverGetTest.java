package org.alliancegraph.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;

import org.alliancegraph.support.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** GET runs queries and refuses mutations with 405, before anything runs. */
@QuarkusTest
class NoMutationsOverGetTest {

    @Test
    void aQueryOverGetRuns() {
        given().queryParam("query", "{ mission(slug: \"kfor\") { acronym } }")
                .when().get("/graphql")
                .then().statusCode(200).body("data.mission.acronym", equalTo("KFOR"));
    }

    @Test
    void aMutationOverGetIsRefusedEvenWithAToken() {
        given().queryParam("query", "mutation { deleteActor(slug: \"poland\") }")
                .auth().oauth2(Tokens.token("ada", "admin"))
                .when().get("/graphql")
                .then().statusCode(405).header("Allow", "POST")
                .body("errors[0].extensions.code", equalTo("METHOD_NOT_ALLOWED"));
        given().queryParam("query", "{ actor(slug: \"poland\") { slug } }")
                .when().get("/graphql")
                .then().statusCode(200).body("data.actor.slug", equalTo("poland"));
    }

    @Test
    void theOperationNameSelectsWhichOperationCounts() {
        String document = "query Read { actors(first: 1) { totalCount } } mutation Write { deleteActor(slug: \"x\") }";
        given().queryParam("query", document).queryParam("operationName", "Read")
                .when().get("/graphql")
                .then().statusCode(200).body("data.actors.totalCount", greaterThan(0));
        given().queryParam("query", document).queryParam("operationName", "Write")
                .when().get("/graphql")
                .then().statusCode(405).body("errors[0].extensions.code", equalTo("METHOD_NOT_ALLOWED"));
        given().queryParam("query", "{ not closed").when().get("/graphql")
                .then().statusCode(200).body("errors[0].extensions.code", equalTo("GRAPHQL_PARSE_FAILED"));
    }

    @Test
    void anEmptyOperationNameSelectsNothingAndStillRefusesTheMutation() {
        given().queryParam("query", "mutation { deleteActor(slug: \"poland\") }").queryParam("operationName", "")
                .when().get("/graphql")
                .then().statusCode(405).body("errors[0].extensions.code", equalTo("METHOD_NOT_ALLOWED"));
    }
}
