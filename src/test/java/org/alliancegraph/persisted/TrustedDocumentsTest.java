package org.alliancegraph.persisted;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import jakarta.inject.Inject;

import org.alliancegraph.common.Sha256;
import org.alliancegraph.support.GraphQLWebSocket;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/** In trusted-documents mode only the operations of the manifest run. */
@QuarkusTest
@TestProfile(TrustedDocumentsTest.TrustedOnly.class)
class TrustedDocumentsTest {

    @TestHTTPResource("/graphql")
    URI endpoint;

    @Inject
    Vertx vertx;

    static final String TRUSTED = "query Kfor { mission(slug: \"kfor\") { acronym } }";

    public static class TrustedOnly implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Path manifest = Path.of("target", "trusted-documents.json").toAbsolutePath();
            try {
                Files.createDirectories(manifest.getParent());
                Files.writeString(manifest, new JsonObject().put("format", "apollo-persisted-query-manifest")
                        .put("version", 1).put("operations", new JsonArray().add(new JsonObject()
                                .put("id", Sha256.hex(TRUSTED)).put("name", "Kfor").put("type", "query")
                                .put("body", TRUSTED)))
                        .encode());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return Map.of("alliance.persisted-queries.trusted-only", "true",
                    "alliance.persisted-queries.manifest", manifest.toString());
        }
    }

    private static Map<String, Object> extensions(String hash) {
        return Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", hash));
    }

    @Test
    void aTrustedDocumentRunsByItsHash() {
        given().contentType(ContentType.JSON).body(Map.of("extensions", extensions(Sha256.hex(TRUSTED))))
                .when().post("/graphql")
                .then().statusCode(200).body("data.mission.acronym", equalTo("KFOR"));
    }

    @Test
    void anyOtherDocumentIsRefusedEvenWithItsHash() {
        String other = "{ alliances { slug } }";
        given().contentType(ContentType.JSON).body(Map.of("query", other))
                .when().post("/graphql")
                .then().statusCode(200).body("errors[0].extensions.code", equalTo("PERSISTED_QUERY_REQUIRED"))
                .body("data", equalTo(null));
        given().contentType(ContentType.JSON)
                .body(Map.of("query", other, "extensions", extensions(Sha256.hex(other))))
                .when().post("/graphql")
                .then().statusCode(200).body("errors[0].extensions.code", equalTo("PERSISTED_QUERY_NOT_TRUSTED"));
        given().queryParam("query", other)
                .when().get("/graphql")
                .then().statusCode(200).body("errors[0].extensions.code", equalTo("PERSISTED_QUERY_REQUIRED"));
    }

    @Test
    void overTheWebSocketOnlyATrustedDocumentRuns() throws Exception {
        try (GraphQLWebSocket socket = GraphQLWebSocket.connect(vertx, endpoint)) {
            socket.subscribe("1", "{ alliances { slug } }");
            JsonObject refused = socket.next(10);
            assertEquals("error", refused.getString("type"), refused.encode());
            assertEquals("PERSISTED_QUERY_NOT_TRUSTED", refused.getJsonArray("payload").getJsonObject(0)
                    .getJsonObject("extensions").getString("code"));
            socket.subscribe("2", TRUSTED);
            JsonObject answered = socket.next(10);
            assertEquals("KFOR", answered.getJsonObject("payload").getJsonObject("data").getJsonObject("mission")
                    .getString("acronym"), answered.encode());
        }
    }
}
