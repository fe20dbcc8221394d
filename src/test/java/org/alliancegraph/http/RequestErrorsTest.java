package org.alliancegraph.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
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
    void aDocumentSentAgainIsJudgedAsTheFirstTime() {
        // The checks keep parsed and validated documents by their text: the second answer comes from there.
        for (int i = 0; i < 2; i++) {
            given().contentType(ContentType.JSON).accept(GRAPHQL_RESPONSE).body(Map.of("query", "{ again { slug } }"))
                    .when().post("/graphql")
                    .then().statusCode(400).body("errors[0].extensions.code", equalTo("GRAPHQL_VALIDATION_FAILED"));
            given().contentType(ContentType.JSON).accept(GRAPHQL_RESPONSE).body(Map.of("query", "{ alliances { slug "))
                    .when().post("/graphql")
                    .then().statusCode(400).body("errors[0].extensions.code", equalTo("GRAPHQL_PARSE_FAILED"));
            given().contentType(ContentType.JSON).accept(GRAPHQL_RESPONSE)
                    .body(Map.of("query", "query($s: String) { alliance(slug: $s) { slug } }", "variables",
                            Map.of("s", "nato")))
                    .when().post("/graphql")
                    .then().statusCode(200).body("data.alliance.slug", equalTo("nato"));
        }
    }

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

    @Test
    void withGraphqlResponseJsonVariablesOfTheWrongTypeAre400() {
        String query = "query($n: Int, $slug: String!) { statements(first: $n) { totalCount } alliance(slug: $slug) "
                + "{ slug } }";
        given().accept(GRAPHQL_RESPONSE).contentType(ContentType.JSON)
                .body(Map.of("query", query, "variables", Map.of("n", "ten", "slug", "nato")))
                .when().post("/graphql")
                .then().statusCode(400).body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].message", containsString("'n'"));
        given().accept(GRAPHQL_RESPONSE).contentType(ContentType.JSON)
                .body(Map.of("query", query, "variables", Map.of("n", 10)))
                .when().post("/graphql")
                .then().statusCode(400).body("errors[0].message", containsString("'slug'"));
        given().accept(GRAPHQL_RESPONSE).contentType(ContentType.JSON)
                .body(Map.of("query", "query($f: StatementFilter) { statements(filter: $f) { totalCount } }",
                        "variables", Map.of("f", Map.of("bogus", 1))))
                .when().post("/graphql")
                .then().statusCode(400).body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        given().accept(GRAPHQL_RESPONSE).contentType(ContentType.JSON)
                .body(Map.of("query", query, "variables", Map.of("n", 10, "slug", "nato")))
                .when().post("/graphql")
                .then().statusCode(200).body("data.alliance.slug", equalTo("nato"));
    }

    @Test
    void aDocumentOfSeveralOperationsWithoutAnOperationNameIsRefused() {
        given().contentType(ContentType.JSON).accept(GRAPHQL_RESPONSE)
                .body(Map.of("query", "query A { __typename } query B { __typename }"))
                .when().post("/graphql")
                .then().statusCode(400).body("errors[0].extensions.code", equalTo("GRAPHQL_VALIDATION_FAILED"));
        given().contentType(ContentType.JSON).accept(GRAPHQL_RESPONSE)
                .body(Map.of("query", "query A { __typename } query B { __typename }", "operationName", "B"))
                .when().post("/graphql")
                .then().statusCode(200).body("data.__typename", equalTo("Query"));
    }
}
