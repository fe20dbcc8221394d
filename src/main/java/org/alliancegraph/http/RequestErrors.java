package org.alliancegraph.http;

import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

import graphql.GraphQLError;
import graphql.language.Document;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.schema.GraphQLSchema;
import graphql.validation.ValidationError;
import graphql.validation.Validator;

/**
 * GraphQL over HTTP for clients that accept {@code application/graphql-response+json}: a document that does not parse
 * or does not validate against the schema is a request error, answered with 400 before anything runs, each error with a
 * code ({@code GRAPHQL_PARSE_FAILED}, {@code GRAPHQL_VALIDATION_FAILED}). Clients that accept only
 * {@code application/json} keep getting 200, as that media type requires; the endpoint reports those errors itself.
 */
@ApplicationScoped
public class RequestErrors {

    private static final String GRAPHQL_RESPONSE = "application/graphql-response+json";

    private final Instance<GraphQLSchema> schema;

    RequestErrors(Instance<GraphQLSchema> schema) {
        this.schema = schema;
    }

    void install(@Observes Router router) {
        router.post("/graphql").order(-90).handler(this::check);
        router.get("/graphql").order(-90).handler(this::check);
    }

    private void check(RoutingContext context) {
        String accept = context.request().getHeader("Accept");
        if (accept == null || !accept.toLowerCase(Locale.ROOT).contains(GRAPHQL_RESPONSE)) {
            context.next();
            return;
        }
        String query = query(context);
        if (query == null) {
            context.next();
            return;
        }
        JsonArray errors = errors(query);
        if (errors.isEmpty()) {
            context.next();
            return;
        }
        context.response().setStatusCode(400).putHeader("Content-Type", GRAPHQL_RESPONSE + "; charset=UTF-8")
                .end(new JsonObject().put("errors", errors).encode());
    }

    /** The request's document: the POST body's query (persisted queries already put back), or GET's parameter. */
    private static String query(RoutingContext context) {
        if (context.request().method().name().equals("GET")) {
            return context.queryParams().get("query");
        }
        try {
            JsonObject body = context.body().asJsonObject();
            return body == null ? null : body.getString("query");
        } catch (RuntimeException notJson) {
            return null;
        }
    }

    /** The parse or validation errors of a document, as GraphQL errors with a code; empty when it is valid. */
    JsonArray errors(String query) {
        Document document;
        try {
            document = Parser.parse(query);
        } catch (InvalidSyntaxException e) {
            return new JsonArray().add(error(e.getMessage(), "GRAPHQL_PARSE_FAILED"));
        }
        List<ValidationError> invalid = new Validator().validateDocument(schema.get(), document, Locale.ENGLISH);
        JsonArray errors = new JsonArray();
        for (GraphQLError problem : invalid) {
            errors.add(error(problem.getMessage(), "GRAPHQL_VALIDATION_FAILED"));
        }
        return errors;
    }

    private static JsonObject error(String message, String code) {
        return new JsonObject().put("message", message).put("extensions", new JsonObject().put("code", code)
                .put("classification", code.equals("GRAPHQL_PARSE_FAILED") ? "InvalidSyntax" : "ValidationError"));
    }
}
