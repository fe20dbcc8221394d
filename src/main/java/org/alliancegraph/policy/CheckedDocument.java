package org.alliancegraph.policy;

import java.util.List;
import java.util.Map;

import io.smallrye.graphql.execution.error.ExecutionErrorsService;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import graphql.GraphQLError;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.language.Document;
import graphql.validation.ValidationError;

/**
 * A document as the policy parsed and validated it, once, for every request that sends the same text: either its syntax
 * error, or the document and its validation errors (none if it is valid). Immutable but for
 * {@link #firstThroughEngine}, so it is shared by all requests.
 */
public final class CheckedDocument {

    private static final ExecutionErrorsService ERRORS = new ExecutionErrorsService();

    private final Document document;
    private final Map<String, Object> syntaxError;
    private final List<ValidationError> invalid;
    private final boolean nul;
    private volatile boolean engineSeen;

    private CheckedDocument(String query, Document document, Map<String, Object> syntaxError,
            List<ValidationError> invalid) {
        this.document = document;
        this.syntaxError = syntaxError;
        this.invalid = invalid;
        this.nul = OperationPolicy.hasNul(query) || document != null && OperationPolicy.hasNulString(document);
    }

    /**
     * Whether the text, or a string of the document, holds U+0000 (GraphQL's escape {@code \u0000} decodes to it),
     * which no text here can hold.
     */
    boolean hasNul() {
        return nul;
    }

    static CheckedDocument parsed(String query, Document document, List<ValidationError> invalid) {
        return new CheckedDocument(query, document, null, List.copyOf(invalid));
    }

    static CheckedDocument unparsable(String query, GraphQLError syntaxError) {
        return new CheckedDocument(query, null, syntaxError.toSpecification(), List.of());
    }

    /** The parsed document; null if it does not parse. */
    public Document document() {
        return document;
    }

    /** The syntax error in the form of the specification (message, locations), or null if the document parses. */
    Map<String, Object> syntaxError() {
        return syntaxError;
    }

    /** What does not validate against the schema; empty if the document is valid. */
    List<ValidationError> invalid() {
        return invalid;
    }

    /**
     * The validation errors as SmallRye formats them for the engine's responses (with {@code classification},
     * {@code validationErrorType} and the other extensions configured), so that they look the same from the policy.
     */
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> invalidAsSpecified() {
        return new JsonArray(ERRORS.toJsonErrors(List.copyOf(invalid)).toString()).stream()
                .map(error -> ((JsonObject) error).getMap()).toList();
    }

    /** The document as graphql-java takes it from a {@code PreparsedDocumentProvider}. */
    public PreparsedDocumentEntry entry() {
        return invalid.isEmpty() ? new PreparsedDocumentEntry(document) : new PreparsedDocumentEntry(document, invalid);
    }

    /**
     * True the first time the engine asks for this document, false afterwards: see {@link EnginePolicy}, which lets
     * graphql-java parse a document once itself so that SmallRye caches it too.
     */
    boolean firstThroughEngine() {
        if (engineSeen) {
            return false;
        }
        engineSeen = true;
        return true;
    }
}
