package org.alliancegraph.mission;

import org.eclipse.microprofile.graphql.Description;

@Description("What a change to a mission does.")
public enum ChangeKind {
    @Description("The mission starts.")
    LAUNCH,
    @Description("The mission grows in size or tasks.")
    EXPANSION,
    @Description("The mission shrinks.")
    REDUCTION,
    @Description("The mission is put under review.")
    REVIEW,
    @Description("The mission ends.")
    END
}
