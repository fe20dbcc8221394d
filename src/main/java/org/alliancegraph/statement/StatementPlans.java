package org.alliancegraph.statement;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.alliancegraph.graphql.Batches;
import org.alliancegraph.graphql.Node;
import org.alliancegraph.graphql.PlannedField;
import org.alliancegraph.graphql.PlannedFields;
import org.alliancegraph.graphql.Window;

import io.smallrye.mutiny.Uni;

/**
 * The statement fields that read plans serve: the nested pages of statements ({@link StatementListsApi}) when they are
 * not filtered, and the resolvers of {@link StatementApi}, each called for a whole level.
 */
@ApplicationScoped
class StatementPlans implements PlannedFields {

    private final StatementListsApi lists;
    private final StatementApi api;

    StatementPlans(StatementListsApi lists, StatementApi api) {
        this.lists = lists;
        this.api = api;
    }

    @Override
    public void register(Registry registry) {
        for (String type : List.of("Alliance", "Mission", "Actor", "Event", "Topic")) {
            registry.batch(type, "discussedIn", StatementPlans::unfiltered,
                    (List<Node> parents, PlannedField field) -> pages(type.toLowerCase(), true, parents, field));
        }
        registry.batch("Actor", "statements", StatementPlans::unfiltered,
                (List<Node> parents, PlannedField field) -> pages("speaker", false, parents, field));
        registry.batch("Event", "statements", StatementPlans::unfiltered,
                (List<Node> parents, PlannedField field) -> pages("event", false, parents, field));
        registry.batch("Statement", "subjects", api::subjects);
        registry.batch("Statement", "reports", api::reports);
        registry.batch("StatementSubject", "statement", api::subjectStatement);
        registry.batch("Report", "document", api::document);
        registry.batch("Report", "cites", api::cites);
    }

    /** A filter is converted by SmallRye (its input object to {@link StatementFilter}): such a page is left to it. */
    private static boolean unfiltered(PlannedField field) {
        return field.argument("filter") == null;
    }

    /** One page per parent, as {@link StatementListsApi} reads them for graphql-java: one statement for all. */
    private Uni<List<StatementConnection>> pages(String attribute, boolean about, List<Node> parents,
            PlannedField field) {
        Window window = Window.of("statement", field.intArgument("first"), field.stringArgument("after"), null,
                null, 20);
        StatementView.Shape shape = StatementView.Shape.selected(field, StatementListsApi.NODE);
        List<Long> ids = Batches.keys(parents, Node::rowId);
        return lists.pages(attribute, about, ids, null, field.enumArgument("orderBy", StatementOrder.class), window,
                shape).map(pages -> {
                    Map<Long, StatementConnection> byParent = new HashMap<>();
                    for (int i = 0; i < ids.size(); i++) {
                        byParent.put(ids.get(i), pages.get(i));
                    }
                    return parents.stream().map(parent -> byParent.get(parent.rowId())).toList();
                });
    }
}
