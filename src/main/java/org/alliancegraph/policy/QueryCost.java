package org.alliancegraph.policy;

import java.util.HashMap;
import java.util.Map;

import graphql.language.Argument;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.IntValue;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.VariableReference;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;

/**
 * The depth of an operation, its cost and its aliases: each field costs 1 times the number of items its enclosing lists
 * may hold, so that a list is weighed by its page size; aliases are counted where they occur, fragments expanded. A
 * page's size is its {@code first} or {@code last} argument (a literal or a variable), or the most a page may hold when
 * none is given; a plain list counts {@link #LIST_ESTIMATE} items.
 */
record QueryCost(int depth, long cost, int aliases) {

    /** Items a plain (unpaged) list is assumed to hold: memberships, objectives, names... */
    static final int LIST_ESTIMATE = 10;
    /** Items a page holds when no first or last is given: the largest default. */
    static final int DEFAULT_PAGE = 50;

    static QueryCost of(GraphQLSchema schema, Document document, String operationName, Map<String, Object> variables) {
        Map<String, FragmentDefinition> fragments = new HashMap<>();
        document.getDefinitionsOfType(FragmentDefinition.class).forEach(f -> fragments.put(f.getName(), f));
        QueryCost worst = new QueryCost(0, 0, 0);
        for (OperationDefinition operation : document.getDefinitionsOfType(OperationDefinition.class)) {
            if (operationName != null && !operationName.equals(operation.getName())) {
                continue;
            }
            GraphQLFieldsContainer root = switch (operation.getOperation()) {
                case MUTATION -> schema.getMutationType();
                case SUBSCRIPTION -> schema.getSubscriptionType();
                default -> schema.getQueryType();
            };
            QueryCost cost = new Walk(schema, fragments, variables).selections(root, operation.getSelectionSet(), 1, 1);
            worst = new QueryCost(Math.max(worst.depth, cost.depth), Math.max(worst.cost, cost.cost),
                    Math.max(worst.aliases, cost.aliases));
        }
        return worst;
    }

    private record Walk(GraphQLSchema schema, Map<String, FragmentDefinition> fragments,
            Map<String, Object> variables) {

        QueryCost selections(GraphQLFieldsContainer type, SelectionSet set, long items, int level) {
            int depth = 0;
            long cost = 0;
            int aliases = 0;
            if (set == null || type == null) {
                return new QueryCost(0, 0, 0);
            }
            for (Selection<?> selection : set.getSelections()) {
                QueryCost part;
                if (selection instanceof Field field) {
                    part = field(type, field, items, level);
                } else if (selection instanceof InlineFragment inline) {
                    part = selections(typeOf(inline.getTypeCondition() == null
                            ? null
                            : inline.getTypeCondition().getName(), type), inline.getSelectionSet(), items, level);
                } else if (selection instanceof FragmentSpread spread && fragments.containsKey(spread.getName())) {
                    FragmentDefinition fragment = fragments.get(spread.getName());
                    part = selections(typeOf(fragment.getTypeCondition().getName(), type), fragment.getSelectionSet(),
                            items, level);
                } else {
                    continue;
                }
                depth = Math.max(depth, part.depth);
                cost += part.cost;
                aliases += part.aliases;
            }
            return new QueryCost(depth, cost, aliases);
        }

        private QueryCost field(GraphQLFieldsContainer parent, Field field, long items, int level) {
            GraphQLFieldDefinition definition = parent.getFieldDefinition(field.getName());
            int alias = field.getAlias() == null ? 0 : 1;
            if (definition == null) {
                return new QueryCost(level, items, alias);
            }
            GraphQLType type = GraphQLTypeUtil.unwrapNonNull(definition.getType());
            // A connection's edges are its page, already counted by the connection field's page size.
            long inner = parent.getName().endsWith("Connection") ? items : items * multiplier(field, type);
            GraphQLNamedType named = (GraphQLNamedType) GraphQLTypeUtil.unwrapAll(type);
            QueryCost below = named instanceof GraphQLFieldsContainer container
                    ? selections(container, field.getSelectionSet(), inner, level + 1)
                    : new QueryCost(0, 0, 0);
            return new QueryCost(Math.max(level, below.depth), items + below.cost, alias + below.aliases);
        }

        private long multiplier(Field field, GraphQLType type) {
            for (Argument argument : field.getArguments()) {
                if (argument.getName().equals("first") || argument.getName().equals("last")) {
                    Long size = size(argument);
                    if (size != null) {
                        return Math.max(1, size);
                    }
                }
            }
            String name = ((GraphQLNamedType) GraphQLTypeUtil.unwrapAll(type)).getName();
            if (name.endsWith("Connection")) {
                return DEFAULT_PAGE;
            }
            return type instanceof GraphQLList ? LIST_ESTIMATE : 1;
        }

        private Long size(Argument argument) {
            if (argument.getValue() instanceof IntValue value) {
                return value.getValue().longValue();
            }
            if (argument.getValue() instanceof VariableReference reference
                    && variables.get(reference.getName()) instanceof Number number) {
                return number.longValue();
            }
            return null;
        }

        private GraphQLFieldsContainer typeOf(String name, GraphQLFieldsContainer fallback) {
            return name != null && schema.getType(name) instanceof GraphQLFieldsContainer container
                    ? container
                    : fallback;
        }
    }
}
