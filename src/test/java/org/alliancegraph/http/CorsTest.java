package org.alliancegraph.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Dashboards on the configured origins (the tests configure https://dashboard.example) may call the API. */
@QuarkusTest
class CorsTest {

    @Test
    void aConfiguredOriginPassesThePreflightWithTheTokenHeader() {
        given().header("Origin", "https://dashboard.example")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type")
                .when().options("/graphql")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo("https://dashboard.example"))
                .header("Access-Control-Allow-Headers", containsString("authorization"))
                .header("Access-Control-Allow-Methods", containsString("POST"));
    }

    @Test
    void anyOtherOriginIsNotAllowed() {
        given().header("Origin", "https://elsewhere.example")
                .header("Access-Control-Request-Method", "POST")
                .when().options("/graphql")
                .then().header("Access-Control-Allow-Origin", nullValue());
    }
}
