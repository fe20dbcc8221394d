package org.alliancegraph.support;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** Sends GraphQL operations with variables to /graphql, the way a client does, and reads the answer. */
public final class GraphQL {

    private GraphQL() {
    }

    /** Sends the operation; the answer's {@code errors}, if any, are left for the caller to check. */
    public static JsonPath send(String query, Object... variables) {
        return sendAs(null, query, variables);
    }

    /** Sends the operation with a bearer token (none when null). */
    public static JsonPath sendAs(String token, String query, Object... variables) {
        Map<String, Object> body = new HashMap<>();
        body.put("query", query);
        body.put("variables", vars(variables));
        var request = given().contentType(ContentType.JSON).body(body);
        if (token != null) {
            request = request.auth().oauth2(token);
        }
        return request.when().post("/graphql")
                .then().statusCode(200)
                .extract().jsonPath();
    }

    /** Sends the operation with a bearer token and fails the test unless the answer has data and no errors. */
    public static JsonPath queryAs(String token, String query, Object... variables) {
        JsonPath answer = sendAs(token, query, variables);
        assertNull(answer.get("errors"), () -> "errors: " + answer.prettify());
        assertNotNull(answer.get("data"), () -> "no data: " + answer.prettify());
        return answer;
    }

    /** Sends the operation and fails the test unless the answer has data and no errors. */
    public static JsonPath query(String query, Object... variables) {
        JsonPath answer = send(query, variables);
        assertNull(answer.get("errors"), () -> "errors: " + answer.prettify());
        assertNotNull(answer.get("data"), () -> "no data: " + answer.prettify());
        return answer;
    }

    /** Sends the operation and returns its single error, failing the test unless there is exactly one. */
    public static Map<String, Object> error(String query, Object... variables) {
        JsonPath answer = send(query, variables);
        List<Map<String, Object>> errors = answer.getList("errors");
        assertNotNull(errors, () -> "expected an error: " + answer.prettify());
        assertEquals(1, errors.size(), () -> "expected one error: " + answer.prettify());
        return errors.get(0);
    }

    /** Variables given as name, value, name, value... */
    public static Map<String, Object> vars(Object... namesAndValues) {
        Map<String, Object> variables = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            variables.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return variables;
    }
}
