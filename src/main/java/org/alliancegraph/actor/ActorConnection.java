package org.alliancegraph.actor;

import java.util.List;

import org.alliancegraph.graphql.PageInfo;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A page of actors (Relay cursor connection).")
public class ActorConnection {

    @NonNull
    @Description("The actors of the page, each with its cursor.")
    public final List<@NonNull ActorEdge> edges;

    @NonNull
    @Description("Where the page stands in the list.")
    public final PageInfo pageInfo;

    /** What the list was filtered by, for totalCount. */
    @Ignore
    final ActorKind kind;

    ActorConnection(List<ActorEdge> edges, PageInfo pageInfo, ActorKind kind) {
        this.edges = edges;
        this.pageInfo = pageInfo;
        this.kind = kind;
    }
}
