package org.alliancegraph.statement;

import java.util.List;

import org.alliancegraph.graphql.PageInfo;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A page of statements (Relay cursor connection).")
public class StatementConnection {

    /** Whose statements a nested list holds: about a subject, or made by a speaker or at an event. */
    record Scope(StatementParent parent, Long parentId) {
    }

    @NonNull
    @Description("The statements of the page, each with its cursor.")
    public final List<@NonNull StatementEdge> edges;

    @NonNull
    @Description("Where the page stands in the list.")
    public final PageInfo pageInfo;

    /** What the list was filtered by, for totalCount, which is computed only when a client asks for it. */
    @Ignore
    final StatementFilter filter;

    /** Null for the root list. */
    @Ignore
    final Scope scope;

    StatementConnection(List<StatementEdge> edges, PageInfo pageInfo, StatementFilter filter, Scope scope) {
        this.edges = edges;
        this.pageInfo = pageInfo;
        this.filter = filter;
        this.scope = scope;
    }
}
