package org.alliancegraph.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;

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

    @Test
    void fieldsOfTheWrongJsonTypeAre400WithACode() {
        for (String body : new String[]{"{\"query\": \"{ __typename }\", \"variables\": \"x\"}",
                "{\"query\": \"{ __typename }\", \"variables\": [1]}",
                "{\"query\": \"{ __typename }\", \"variables\": 3}",
                "{\"query\": \"{ __typename }\", \"extensions\": \"x\"}",
                "{\"query\": \"{ __typename }\", \"extensions\": {\"persistedQuery\": \"x\"}}",
                "{\"query\": \"{ __typename }\", \"extensions\": {\"persistedQuery\": {\"sha256Hash\": 7}}}",
                "{\"query\": \"{ __typename }\", \"operationName\": 42}", "[]", "\"text\"", "7", ""}) {
            given().contentType(ContentType.JSON).body(body).when().post("/graphql")
                    .then().statusCode(400).body("errors[0].extensions.code",
                            anyOf(equalTo("BAD_REQUEST"), equalTo("BATCHING_NOT_SUPPORTED")));
        }
        given().queryParam("query", "{ __typename }").queryParam("extensions", "[[[[").when().get("/graphql")
                .then().statusCode(400).body("errors[0].extensions.code", equalTo("BAD_REQUEST"));
    }

    @Test
    void aBodyThatIsNotJsonOrGraphqlIs415() {
        for (String type : new String[]{"text/plain", "image/png", "application/json; charset=ebcdic"}) {
            given().contentType(type).body("{\"query\": \"{ __typename }\"}".getBytes()).when().post("/graphql")
                    .then().statusCode(415).body("errors[0].extensions.code", equalTo("UNSUPPORTED_MEDIA_TYPE"));
        }
        given().noContentType().body("{\"query\": \"{ __typename }\"}".getBytes()).when().post("/graphql")
                .then().statusCode(415);
        given().contentType("application/graphql; charset=utf-8")
                .body("{ alliance(slug: \"nato\") { slug } }".getBytes()).when()
                .post("/graphql").then().statusCode(200).body("data.alliance.slug", equalTo("nato"));
    }

    @Test
    void aMultipartUploadIs415AndLeavesNoFileBehind() {
        given().multiPart("file", "query.graphql", "{ __typename }".getBytes()).when().post("/graphql")
                .then().statusCode(415);
        assertFalse(Files.exists(Path.of("file-uploads")), "nothing written to the disk");
    }

    @Test
    void anAnswerInAMediaTypeOtherThanJsonIs406() {
        given().contentType(ContentType.JSON).accept("text/html").body("{\"query\": \"{ __typename }\"}")
                .when().post("/graphql").then().statusCode(406);
    }

    @Test
    void aNulCharacterIsBadUserInputBeforeAnySqlRuns() {
        given().contentType(ContentType.JSON).accept("application/graphql-response+json")
                .body("{\"query\": \"{ actor(name: \\\"\\u0000\\\") { slug } }\"}").when().post("/graphql")
                .then().statusCode(400).body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        // The same character as GraphQL's own escape, which the parser decodes.
        given().contentType(ContentType.JSON).accept("application/graphql-response+json")
                .body("{\"query\": \"{ actor(name: \\\"\\\\u0000\\\") { slug } }\"}").when().post("/graphql")
                .then().statusCode(400).body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        given().contentType(ContentType.JSON)
                .body("{\"query\": \"query($n: String) { actor(name: $n) { slug } }\", "
                        + "\"variables\": {\"n\": \"x\\u0000\"}}")
                .when().post("/graphql")
                .then().statusCode(200).body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("data", equalTo(null));
    }

    @Test
    void aSubscriptionOverHttpIsRefused() {
        for (String accept : new String[]{"application/json", "application/graphql-response+json"}) {
            given().contentType(ContentType.JSON).accept(accept)
                    .body("{\"query\": \"subscription { statementAdded { id } }\"}")
                    .when().post("/graphql")
                    .then().statusCode(400).body("errors[0].extensions.code", equalTo("BAD_REQUEST"))
                    .body("data", equalTo(null));
        }
    }
}
