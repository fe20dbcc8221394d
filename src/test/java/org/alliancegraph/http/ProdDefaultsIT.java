package org.alliancegraph.http;

import static io.restassured.RestAssured.given;
import static org.alliancegraph.support.GraphQL.send;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.path.json.JsonPath;

/** The packaged application in its prod profile: no introspection, no GraphiQL, unless configured. */
@QuarkusIntegrationTest
class ProdDefaultsIT {

    @Test
    void introspectionIsOff() {
        JsonPath answer = send("{ __schema { queryType { name } } }");
        assertNull(answer.get("data"));
        assertEquals("IntrospectionDisabled", answer.getString("errors[0].extensions.classification"));
        assertNull(send("{ __type(name: \"Alliance\") { name } }").get("data"));
        JsonPath named = send("{ alliance(slug: \"nato\") { __typename slug } }");
        assertEquals("nato", named.getString("data.alliance.slug"));
        assertEquals("Alliance", named.getString("data.alliance.__typename"));
    }

    @Test
    void graphiqlIsNotServed() {
        given().when().get("/q/graphql-ui/").then().statusCode(404);
    }
}
