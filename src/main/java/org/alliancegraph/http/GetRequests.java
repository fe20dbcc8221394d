package org.alliancegraph.http;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.core.MultiMap;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

import graphql.language.AstPrinter;
import graphql.language.Definition;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;

/**
 * Hands GET requests to the GraphQL endpoint in the form it reads correctly. Quarkus 3.33's handler decodes the query
 * parameters a second time (a {@code %} in a string argument fails the request with 500, a {@code +} becomes a space)
 * and takes the query text for the operation name when {@code operationName} is given. So the parameters it reads are
 * encoded once more, and a named operation is sent as a document holding just that operation and the fragments it uses,
 * without {@code operationName}. {@code GetRequestsTest} fails as soon as the endpoint changes.
 */
@ApplicationScoped
public class GetRequests {

    void install(@Observes Router router) {
        router.get("/graphql").order(-80).handler(this::normalise);
    }

    private void normalise(RoutingContext context) {
        MultiMap parameters = context.queryParams();
        String query = parameters.get("query");
        String operationName = parameters.get("operationName");
        if (query != null && operationName != null && !operationName.isEmpty()) {
            String single = operationOnly(query, operationName);
            if (single == null) {
                unknownOperation(context, operationName);
                return;
            }
            parameters.set("query", single);
        }
        parameters.remove("operationName");
        for (String name : List.of("query", "variables", "extensions")) {
            String value = parameters.get(name);
            if (value != null) {
                parameters.set(name, URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        }
        context.next();
    }

    /**
     * The document reduced to the named operation and the fragments it spreads; the document as it is if it does not
     * parse (the endpoint reports that); null if it has no operation of that name.
     */
    static String operationOnly(String query, String operationName) {
        Document document;
        try {
            document = Parser.parse(query);
        } catch (InvalidSyntaxException e) {
            return query;
        }
        OperationDefinition operation = document.getDefinitionsOfType(OperationDefinition.class).stream()
                .filter(candidate -> operationName.equals(candidate.getName())).findFirst().orElse(null);
        if (operation == null) {
            return null;
        }
        Map<String, FragmentDefinition> fragments = new HashMap<>();
        document.getDefinitionsOfType(FragmentDefinition.class).forEach(f -> fragments.put(f.getName(), f));
        Set<String> used = new LinkedHashSet<>();
        collectSpreads(operation.getSelectionSet(), fragments, used);
        List<Definition> kept = new ArrayList<>();
        kept.add(operation);
        used.forEach(name -> kept.add(fragments.get(name)));
        return AstPrinter.printAst(Document.newDocument().definitions(kept).build());
    }

    private static void collectSpreads(SelectionSet set, Map<String, FragmentDefinition> fragments, Set<String> used) {
        if (set == null) {
            return;
        }
        for (Selection<?> selection : set.getSelections()) {
            if (selection instanceof Field field) {
                collectSpreads(field.getSelectionSet(), fragments, used);
            } else if (selection instanceof InlineFragment inline) {
                collectSpreads(inline.getSelectionSet(), fragments, used);
            } else if (selection instanceof FragmentSpread spread && fragments.containsKey(spread.getName())
                    && used.add(spread.getName())) {
                collectSpreads(fragments.get(spread.getName()).getSelectionSet(), fragments, used);
            }
        }
    }

    /**
     * An operationName the document does not define: with application/graphql-response+json, {@link RequestErrors} has
     * answered 400 already; application/json gets the error with 200.
     */
    private static void unknownOperation(RoutingContext context, String operationName) {
        context.response().putHeader("Content-Type", "application/json")
                .end(new JsonObject().put("errors", new JsonArray().add(RequestErrors.error(
                        "Unknown operation named '" + operationName + "'.", "GRAPHQL_VALIDATION_FAILED"))).encode());
    }
}
