package org.alliancegraph.http;

import static io.restassured.RestAssured.given;
import static org.alliancegraph.support.GraphQL.send;
import static org.hamcrest.Matchers.equalTo;
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
        assertEquals("QUERY_TOO_DEEP", answer.getString("errors[0].extensions.code"));
        assertEquals("the query is 17 levels deep, more than 15", answer.getString("errors[0].message"));
    }

    @Test
    void nestedPagesWeighByTheirSizes() {
        String nested = """
                query($size: Int) {
                  statements(first: 100) { edges { node { speaker {
                    discussedIn(first: $size) { edges { node { speaker { slug name } } } } } } } }
                }
                """;
        JsonPath costly = send(nested, "size", 100);
        assertNull(costly.get("data"));
        assertEquals("QUERY_TOO_COSTLY", costly.getString("errors[0].extensions.code"));
        assertEquals(5 * 100 * 100 + 4 * 100 + 1 + " fields", costly.getString("errors[0].message")
                .replaceAll("the query may select (\\d+ fields).*", "$1"));
        assertNull(send(nested, "size", 10).get("errors"), "smaller pages pass");
        String wide = IntStream.range(0, 30).mapToObj(i -> "a" + i + ": mission(slug: \"kfor\") { slug name }")
                .collect(Collectors.joining(" ", "{ ", " }"));
        assertNull(send(wide).get("errors"), "90 plain fields are cheap");
    }

    @Test
    void moreThanThirtyAliasesAreRefused() {
        String fragment = "fragment M on Mission { a: slug b: name }";
        String aliased = IntStream.range(0, 14).mapToObj(i -> "m" + i + ": mission(slug: \"kfor\") { ...M }")
                .collect(Collectors.joining(" ", "{ ", " } " + fragment));
        JsonPath refused = send(aliased);
        assertNull(refused.get("data"));
        assertEquals("QUERY_TOO_MANY_ALIASES", refused.getString("errors[0].extensions.code"));
        assertEquals("the query has 42 aliases, more than 30", refused.getString("errors[0].message"),
                "aliases inside fragments count each time the fragment is spread");
        String allowed = IntStream.range(0, 10).mapToObj(i -> "m" + i + ": mission(slug: \"kfor\") { ...M }")
                .collect(Collectors.joining(" ", "{ ", " } " + fragment));
        assertEquals("kfor", send(allowed).getString("data.m9.a"), "30 aliases pass");
        given().contentType(ContentType.JSON).body(Map.of("query", aliased, "operationName", ""))
                .when().post("/graphql")
                .then().statusCode(200).body("errors[0].extensions.code", equalTo("QUERY_TOO_MANY_ALIASES"));
    }

    @Test
    void batchedRequestsAreRefused() {
        given().contentType(ContentType.JSON)
                .body("[{\"query\": \"{ alliances { slug } }\"}, {\"query\": \"{ missions { totalCount } }\"}]")
                .when().post("/graphql")
                .then().statusCode(400).body("errors[0].extensions.code", equalTo("BATCHING_NOT_SUPPORTED"));
    }

    @Test
    void aBodyOverTheSizeLimitIsRefusedWith413() {
        given().contentType(ContentType.JSON)
                .body(Map.of("query", "{ alliances { slug } }", "padding", "x".repeat(300_000)))
                .when().post("/graphql")
                .then().statusCode(413);
    }
}
