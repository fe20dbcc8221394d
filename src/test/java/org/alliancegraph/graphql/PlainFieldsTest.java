package org.alliancegraph.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;

import jakarta.inject.Inject;

import org.alliancegraph.support.GraphQL;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import graphql.schema.DataFetcher;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLSchema;
import graphql.schema.LightDataFetcher;
import graphql.schema.visibility.DefaultGraphqlFieldVisibility;

/**
 * Plain fields are read by {@link PlainFields}' light fetcher; fields SmallRye must transform keep its own fetcher, and
 * both still answer what the record holds.
 */
@QuarkusTest
class PlainFieldsTest {

    @Inject
    GraphQLSchema schema;

    @Test
    void plainFieldsHaveALightFetcher() {
        assertInstanceOf(LightDataFetcher.class, fetcher("Statement", "text"));
        assertInstanceOf(LightDataFetcher.class, fetcher("Statement", "evidentialStatus"));
        assertInstanceOf(LightDataFetcher.class, fetcher("Alliance", "name"));
    }

    @Test
    void fieldsThatSmallRyeTransformsKeepItsFetcher() {
        // A date-time is formatted by SmallRye on the way out.
        assertFalse(fetcher("Statement", "createdAt") instanceof PlainFields.Fetcher);
    }

    @Test
    void everyFieldIsVisibleWithoutAPatternCheck() {
        // SmallRye would install a pattern-based BlockedFields (FieldVisibility says why it does not).
        assertSame(DefaultGraphqlFieldVisibility.DEFAULT_FIELD_VISIBILITY,
                schema.getCodeRegistry().getFieldVisibility());
    }

    @Test
    void bothKindsAnswerTheSeedsValues() {
        JsonPath answer = GraphQL.query("""
                { statement(slug: "us-demands-end-of-iraq-mission") { text evidentialStatus kind createdBy createdAt } }
                """);
        assertEquals("REPORTED", answer.getString("data.statement.evidentialStatus"));
        assertEquals("DEMAND", answer.getString("data.statement.kind"));
        assertEquals("seed", answer.getString("data.statement.createdBy"));
        String createdAt = answer.getString("data.statement.createdAt");
        assertEquals('T', createdAt.charAt(10), createdAt);
    }

    private DataFetcher<?> fetcher(String type, String field) {
        return schema.getCodeRegistry().getDataFetcher(FieldCoordinates.coordinates(type, field),
                schema.getObjectType(type).getFieldDefinition(field));
    }
}
