package org.alliancegraph.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** GraphQL over HTTP: status codes by media type for documents that do not parse or validate. */
@QuarkusTest
class RequestErrorsTest {

    private static final String GRAPHQL_RESPONSE = "application/graphql-response+json";

    @Test
    void withGraphqlResponseJsonAnInvalidDocumentIs400WithACode() {
        given().contentType(ContentType.JSON).accept(GRAPHQL_RESPONSE).body(Map.of("query", "{ nope }"))
                .when().post("/graphql")
                .then().statusCode(400).contentType(startsWith(GRAPHQL_RESPONSE))
                .body("errors[0].extensions.code", equalTo("GRAPHQL_VALIDATION_FAILED"))
                .body("data", equalTo(null));
        given().contentType(ContentType.JSON).accept(GRAPHQL_RESPONSE).body(Map.of("query", "{ alliances { "))
                .when().post("/graphql")
                .then().statusCode(400).body("errors[0].extensions.code", equalTo("GRAPHQL_PARSE_FAILED"));
        given().accept(GRAPHQL_RESPONSE).queryParam("query", "{ mission(slug: 3) { slug } }")
                .when().get("/graphql")
                .then().statusCode(400).body("errors[0].extensions.code", equalTo("GRAPHQL_VALIDATION_FAILED"));
    }

    @Test
    void withGraphqlResponseJsonAValidDocumentIs200() {
        given().contentType(ContentType.JSON).accept(GRAPHQL_RESPONSE)
                .body(Map.of("query", "{ mission(slug: \"kfor\") { acronym } }"))
                .when().post("/graphql")
                .then().statusCode(200).contentType(startsWith(GRAPHQL_RESPONSE))
                .body("data.mission.acronym", equalTo("KFOR"));
    }

    @Test
    void withApplicationJsonAnInvalidDocumentStays200() {
        given().contentType(ContentType.JSON).accept(ContentType.JSON).body(Map.of("query", "{ nope }"))
                .when().post("/graphql")
                .then().statusCode(200).contentType(startsWith("application/json"))
                .body("errors[0].extensions.classification", equalTo("ValidationError"));
    }
}
