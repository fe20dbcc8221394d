package org.alliancegraph.alliance;

import org.eclipse.microprofile.graphql.Description;

@Description("How a state belongs to an alliance.")
public enum MembershipStatus {
    @Description("A full member.")
    MEMBER,
    @Description("A partner that cooperates without membership.")
    PARTNER,
    @Description("A state the alliance has said may or will join.")
    ASPIRANT,
    @Description("A former member.")
    WITHDRAWN
}
