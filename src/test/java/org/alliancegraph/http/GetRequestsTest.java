package org.alliancegraph.http;

import static io.restassured.RestAssured.given;
import static org.alliancegraph.support.GraphQL.send;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** GET requests reach the endpoint as sent: operation names, and characters that URL decoding would change. */
@QuarkusTest
class GetRequestsTest {

    private static final String TWO_OPERATIONS = """
            query Missions { missions(alliance: "nato", first: 100) { ...Slugs } }
            query Nato { alliance(slug: "nato") { ...Named } }
            fragment Named on Alliance { slug ...Acronym }
            fragment Acronym on Alliance { acronym }
            fragment Slugs on MissionConnection { edges { node { slug } } }
            """;

    private static JsonPath get(String query, String operationName) {
        var request = given().queryParam("query", query);
        if (operationName != null) {
            request.queryParam("operationName", operationName);
        }
        return request.when().get("/graphql").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void theNamedOperationRuns() {
        JsonPath nato = get(TWO_OPERATIONS, "Nato");
        assertNull(nato.get("errors"));
        assertEquals("nato", nato.getString("data.alliance.slug"));
        assertTrue(get(TWO_OPERATIONS, "Missions").getList("data.missions.edges.node.slug")
                .containsAll(List.of("kfor", "nato-mission-iraq")), "the seed's missions of NATO");
        assertEquals("nato", get("query Nato { alliance(slug: \"nato\") { slug } }", "Nato")
                .getString("data.alliance.slug"));
    }

    @Test
    void anUnknownOperationNameIsARequestError() {
        JsonPath unknown = get(TWO_OPERATIONS, "Other");
        assertEquals("GRAPHQL_VALIDATION_FAILED", unknown.getString("errors[0].extensions.code"));
        assertEquals("Unknown operation named 'Other'.", unknown.getString("errors[0].message"));
        given().accept("application/graphql-response+json").queryParam("query", TWO_OPERATIONS)
                .queryParam("operationName", "Other")
                .when().get("/graphql")
                .then().statusCode(400).body("errors[0].extensions.code", equalTo("GRAPHQL_VALIDATION_FAILED"));
        given().accept("application/graphql-response+json").contentType("application/json")
                .body("{\"query\": \"query A { alliances { slug } }\", \"operationName\": \"B\"}")
                .when().post("/graphql")
                .then().statusCode(400).body("errors[0].message", equalTo("Unknown operation named 'B'."));
    }

    @Test
    void anInvalidOperationThatIsNotSelectedStillFailsTheDocument() {
        JsonPath answer = get("query Bad { nope } query Good { alliance(slug: \"nato\") { slug } }", "Good");
        assertNull(answer.get("data"));
        assertEquals("GRAPHQL_VALIDATION_FAILED", answer.getString("errors[0].extensions.code"));
    }

    @Test
    void percentAndPlusSignsArriveUnchanged() {
        String query = "{ statements(filter: { from: \"20+2%6 x\" }) { totalCount } }";
        JsonPath overGet = get(query, null);
        String message = overGet.getString("errors[0].message");
        assertEquals("BAD_USER_INPUT", overGet.getString("errors[0].extensions.code"));
        assertTrue(message.contains("20+2%6 x"), message);
        assertEquals(message, send(query).getString("errors[0].message"), "the same as over POST");
    }
}
