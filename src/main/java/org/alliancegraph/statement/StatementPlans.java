package org.alliancegraph.statement;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.alliancegraph.graphql.Node;
import org.alliancegraph.graphql.PlannedField;
import org.alliancegraph.graphql.PlannedFields;

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
        for (SubjectKind kind : SubjectKind.values()) {
            registry.batch(kind.graphqlType(), "discussedIn", StatementPlans::unfiltered,
                    (List<Node> parents, PlannedField field) -> pages(kind, parents, field));
        }
        registry.batch("Actor", "statements", StatementPlans::unfiltered,
                (List<Node> parents, PlannedField field) -> pages(StatementOwner.SPEAKER, parents, field));
        registry.batch("Event", "statements", StatementPlans::unfiltered,
                (List<Node> parents, PlannedField field) -> pages(StatementOwner.EVENT, parents, field));
        registry.batch("Statement", "subjects", api::subjects);
        registry.batch("Statement", "reports", api::reports);
        registry.batch("StatementSubject", "statement", api::subjectStatement);
        registry.batch("MissionStatusChange", "statement", api::statusChangeStatement);
        registry.batch("Report", "document", api::document);
        registry.batch("Report", "cites", api::cites);
    }

    /** A filter is converted by SmallRye (its input object to {@link StatementFilter}): such a page is left to it. */
    private static boolean unfiltered(PlannedField field) {
        return field.argument("filter") == null;
    }

    /**
     * One page per parent, in the parents' order, as {@link StatementListsApi} reads them for graphql-java: one
     * statement for all (a parent that comes twice gets its page twice).
     */
    private Uni<List<StatementConnection>> pages(StatementParent parent, List<Node> parents, PlannedField field) {
        return lists.pages(parent, parents.stream().map(Node::rowId).toList(), null,
                field.enumArgument("orderBy", StatementOrder.class),
                StatementListsApi.window(field.intArgument("first"), field.stringArgument("after")),
                StatementView.Shape.selected(field, StatementListsApi.NODE));
    }
}
