package org.alliancegraph.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.alliancegraph.graphql.JsonOutput;

import com.fasterxml.jackson.core.JsonGenerator;

import io.smallrye.graphql.execution.error.ExecutionErrorsService;
import io.vertx.core.buffer.Buffer;

import graphql.ExecutionResult;
import graphql.GraphQLError;

/**
 * An execution's result as the JSON of a GraphQL response, streamed from graphql-java's result tree into the response
 * buffer: errors (formatted by SmallRye, with their extensions), data, extensions. SmallRye's own writer builds a
 * JSON-P tree of the whole result first and prints it, which cost about a fifth of a 4,000-statement dashboard's CPU
 * (docs/benchmarks.md); the errors, few and rare, still go through it so that they look the same everywhere.
 */
final class ResultJson {

    private static final ExecutionErrorsService ERRORS = new ExecutionErrorsService();

    private ResultJson() {
    }

    /**
     * The response's body, and whether it answers nothing because the service cannot now (every root field null and an
     * error SERVICE_UNAVAILABLE): then the client should retry later, and HTTP can say so.
     */
    record Answer(Buffer body, boolean unavailable) {
    }

    static Answer of(ExecutionResult result) {
        Buffer buffer = Buffer.buffer(4096);
        boolean unavailable = false;
        try (JsonGenerator json = JsonOutput.into(buffer)) {
            json.writeStartObject();
            List<GraphQLError> errors = result.getErrors();
            if (!errors.isEmpty()) {
                JsonArray formatted = ERRORS.toJsonErrors(errors);
                unavailable = nothingAnswered(result) && formatted.stream().anyMatch(ResultJson::unavailable);
                json.writeFieldName("errors");
                json.writeRawValue(formatted.toString());
            }
            if (result.isDataPresent()) {
                json.writeFieldName("data");
                value(json, result.getData());
            }
            if (result.getExtensions() != null && !result.getExtensions().isEmpty()) {
                json.writeFieldName("extensions");
                value(json, result.getExtensions());
            }
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Answer(buffer, unavailable);
    }

    private static boolean nothingAnswered(ExecutionResult result) {
        return !result.isDataPresent() || result.getData() == null
                || result.getData() instanceof Map<?, ?> data && data.values().stream().allMatch(Objects::isNull);
    }

    private static boolean unavailable(JsonValue error) {
        JsonObject extensions = error.asJsonObject().getJsonObject("extensions");
        return extensions != null && "SERVICE_UNAVAILABLE".equals(extensions.getString("code", null));
    }

    /** A value of graphql-java's result tree: maps, lists, and the scalars' serialised values. */
    private static void value(JsonGenerator json, Object value) throws IOException {
        if (value instanceof Map<?, ?> map) {
            json.writeStartObject();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                json.writeFieldName(String.valueOf(entry.getKey()));
                value(json, entry.getValue());
            }
            json.writeEndObject();
        } else if (value instanceof Iterable<?> items) {
            json.writeStartArray();
            for (Object item : items) {
                value(json, item);
            }
            json.writeEndArray();
        } else {
            JsonOutput.leaf(json, value);
        }
    }
}
