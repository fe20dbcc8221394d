package org.alliancegraph.graphql;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The committed schema file, docs/schema.graphql (what clients generate types from), is the schema the code serves:
 * every schema change shows up in review. Each run also writes the served schema to target/schema.graphql;
 * {@code ./mvnw verify -Dalliance.schema.update} rewrites the committed file.
 */
@QuarkusTest
class SchemaFileTest {

    private static final Path COMMITTED = Path.of("docs", "schema.graphql");

    @Test
    void theCommittedSchemaIsTheServedOne() throws IOException {
        String served = given().when().get("/graphql/schema.graphql").then().statusCode(200).extract().asString();
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "schema.graphql"), served);
        if (System.getProperty("alliance.schema.update") != null) {
            Files.writeString(COMMITTED, served);
        }
        String committed = Files.exists(COMMITTED) ? Files.readString(COMMITTED) : "";
        assertEquals(committed, served, "the schema changed: review target/schema.graphql and commit it as "
                + COMMITTED + " (./mvnw verify -Dalliance.schema.update does both)");
    }
}
