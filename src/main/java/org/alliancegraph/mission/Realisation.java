package org.alliancegraph.mission;

import org.eclipse.microprofile.graphql.Description;

@Description("Whether a change happened or was only proposed or demanded.")
public enum Realisation {
    @Description("The change took place.")
    OCCURRED,
    @Description("Someone proposed or demanded it; it has not (yet) taken place.")
    PROPOSED
}
