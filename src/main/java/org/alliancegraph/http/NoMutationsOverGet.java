package org.alliancegraph.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;

/**
 * GET is for queries only (GraphQL over HTTP): a mutation sent with GET could be triggered by a link or an image on
 * another site, and GET responses may be cached. Such a request gets 405 with {@code Allow: POST} and runs nothing.
 * Queries (and malformed documents, which the GraphQL endpoint reports itself) pass on. It runs after a persisted
 * query's document has been put back into the request, so a mutation sent by its hash is refused too.
 */
@ApplicationScoped
public class NoMutationsOverGet {

    void install(@Observes Router router) {
        router.get("/graphql").order(-100).handler(this::check);
    }

    private void check(RoutingContext context) {
        String query = context.queryParams().get("query");
        if (query != null && isMutation(query, context.queryParams().get("operationName"))) {
            context.response().setStatusCode(405).putHeader("Allow", "POST")
                    .putHeader("Content-Type", "application/json")
                    .end("{\"errors\":[{\"message\":\"a mutation must be sent with POST\","
                            + "\"extensions\":{\"code\":\"METHOD_NOT_ALLOWED\"}}]}");
            return;
        }
        context.next();
    }

    /** Whether the operation the request selects is a mutation (or a subscription, which GET cannot carry either). */
    static boolean isMutation(String query, String operationName) {
        Document document;
        try {
            document = Parser.parse(query);
        } catch (InvalidSyntaxException e) {
            return false;
        }
        return document.getDefinitionsOfType(OperationDefinition.class).stream()
                .filter(operation -> operationName == null || operationName.equals(operation.getName()))
                .anyMatch(operation -> operation.getOperation() != OperationDefinition.Operation.QUERY);
    }
}
