package org.alliancegraph.seed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import io.vertx.core.json.JsonObject;
import io.vertx.json.schema.Draft;
import io.vertx.json.schema.JsonSchema;
import io.vertx.json.schema.JsonSchemaOptions;
import io.vertx.json.schema.OutputFormat;
import io.vertx.json.schema.OutputUnit;
import io.vertx.json.schema.Validator;

/** Reads a seed file's YAML and checks it against {@code seeds/seed.schema.json} before anything is stored. */
@ApplicationScoped
public class SeedParser {

    static final String SCHEMA_RESOURCE = "seeds/seed.schema.json";

    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private final Validator validator;

    SeedParser() {
        this.validator = Validator.create(JsonSchema.of(new JsonObject(readSchema())),
                new JsonSchemaOptions().setDraft(Draft.DRAFT202012)
                        .setBaseUri("https://alliancegraph.org/schemas/")
                        .setOutputFormat(OutputFormat.Basic));
    }

    /** Parses and validates; a problem is a {@link SeedException} naming the file and the JSON pointer. */
    public SeedFile parse(String file, byte[] content) {
        JsonNode tree;
        try {
            tree = yaml.readTree(content);
        } catch (IOException e) {
            throw new SeedException(file, "", "not valid YAML: " + problem(e), e);
        }
        if (tree == null || !tree.isObject()) {
            throw new SeedException(file, "", "a seed file is a YAML mapping (see seeds/README.md)");
        }
        Map<String, Object> data = yaml.convertValue(tree, new TypeReference<>() {
        });
        OutputUnit result = validator.validate(new JsonObject(data));
        if (!result.getValid()) {
            throw new SeedException(file, pointer(deepestError(result)), describe(result));
        }
        try {
            return yaml.treeToValue(tree, SeedFile.class);
        } catch (JsonProcessingException e) {
            throw new SeedException(file, "", "does not fit the seed format: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * What is wrong with the YAML and where (line and column), without what Jackson appends to its messages (the
     * source's description and an excerpt of the bytes).
     */
    static String problem(IOException e) {
        if (!(e instanceof JsonProcessingException parse)) {
            return e.getClass().getSimpleName();
        }
        String message = parse.getOriginalMessage();
        JsonLocation at = parse.getLocation();
        return (message == null ? "cannot be parsed" : message.lines().findFirst().orElse(message).strip())
                + (at == null || at.getLineNr() < 1
                        ? ""
                        : " (line " + at.getLineNr() + ", column " + at.getColumnNr()
                                + ")");
    }

    /** The error deepest in the document: the schema reports each failure up the tree, the leaf names the field. */
    private static OutputUnit deepestError(OutputUnit result) {
        List<OutputUnit> errors = result.getErrors();
        if (errors == null || errors.isEmpty()) {
            return result;
        }
        return errors.stream().max(Comparator.comparingInt(e -> pointer(e).split("/").length)).orElseThrow();
    }

    private static String describe(OutputUnit result) {
        List<OutputUnit> errors = result.getErrors();
        if (errors == null || errors.isEmpty()) {
            return "does not match seeds/seed.schema.json: " + result.getError();
        }
        StringBuilder text = new StringBuilder("does not match seeds/seed.schema.json:");
        for (OutputUnit error : errors) {
            text.append("\n  ").append(pointer(error)).append(": ").append(error.getError());
        }
        return text.toString();
    }

    private static String pointer(OutputUnit unit) {
        String location = unit.getInstanceLocation();
        if (location == null) {
            return "";
        }
        return location.startsWith("#") ? location.substring(1) : location;
    }

    private static String readSchema() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(SCHEMA_RESOURCE + " is not on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
