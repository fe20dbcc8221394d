package org.alliancegraph.http;

import static io.restassured.RestAssured.given;
import static org.alliancegraph.support.GraphQL.send;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** The default limits refuse a hostile request before any resolver runs. */
@QuarkusTest
class LimitsTest {

    @Test
    void aQueryDeeperThanFifteenLevelsIsRefused() {
        String deep = "{ actor(slug: \"poland\") { " + "country { ".repeat(15) + "slug" + " }".repeat(15) + " } }";
        JsonPath answer = send(deep);
        assertNull(answer.get("data"));
        assertEquals("ExecutionAborted", answer.getString("errors[0].extensions.classification"));
        assertEquals("maximum query depth exceeded 17 > 15", answer.getString("errors[0].message"));
    }

    @Test
    void aQueryOfMoreThanFiveHundredFieldsIsRefused() {
        String wide = IntStream.range(0, 200).mapToObj(i -> "a" + i + ": mission(slug: \"kfor\") { slug name }")
                .collect(Collectors.joining(" ", "{ ", " }"));
        JsonPath answer = send(wide);
        assertNull(answer.get("data"));
        assertEquals("maximum query complexity exceeded 600 > 500", answer.getString("errors[0].message"));
    }

    @Test
    void aBodyOverTheSizeLimitIsRefusedWith413() {
        given().contentType(ContentType.JSON)
                .body(Map.of("query", "{ alliances { slug } }", "padding", "x".repeat(300_000)))
                .when().post("/graphql")
                .then().statusCode(413);
    }
}
