package org.alliancegraph.mission;

import java.util.List;

import org.alliancegraph.graphql.PageInfo;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A page of missions (Relay cursor connection).")
public class MissionConnection {

    @NonNull
    @Description("The missions of the page, each with its cursor.")
    public final List<@NonNull MissionEdge> edges;

    @NonNull
    @Description("Where the page stands in the list.")
    public final PageInfo pageInfo;

    /** What the list was filtered by, for totalCount. */
    @Ignore
    final String alliance;

    @Ignore
    final MissionStatus status;

    MissionConnection(List<MissionEdge> edges, PageInfo pageInfo, String alliance, MissionStatus status) {
        this.edges = edges;
        this.pageInfo = pageInfo;
        this.alliance = alliance;
        this.status = status;
    }
}
