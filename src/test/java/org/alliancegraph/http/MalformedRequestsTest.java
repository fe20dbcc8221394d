package org.alliancegraph.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** GraphQL over HTTP: requests that are not GraphQL requests get 400, with a code. */
@QuarkusTest
class MalformedRequestsTest {

    @Test
    void aBodyThatIsNotJsonIs400() {
        given().contentType(ContentType.JSON).body("{\"query\": ").when().post("/graphql")
                .then().statusCode(400).body("errors[0].extensions.code", equalTo("BAD_REQUEST"));
    }

    @Test
    void aBodyWithoutAQueryIs400() {
        given().contentType(ContentType.JSON).body("{\"variables\": {}}").when().post("/graphql")
                .then().statusCode(400).body("errors[0].message", equalTo("the body has no query"));
        given().contentType(ContentType.JSON).body("{\"query\": 42}").when().post("/graphql")
                .then().statusCode(400).body("errors[0].message", equalTo("query must be a string"));
    }

    @Test
    void getVariablesThatAreNotAJsonObjectAre400() {
        given().queryParam("query", "query($n: Int) { statements(first: $n) { totalCount } }")
                .queryParam("variables", "[1]")
                .when().get("/graphql")
                .then().statusCode(400).body("errors[0].extensions.code", equalTo("BAD_REQUEST"));
    }
}
