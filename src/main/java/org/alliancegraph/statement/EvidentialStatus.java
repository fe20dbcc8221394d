package org.alliancegraph.statement;

import org.eclipse.microprofile.graphql.Description;

@Description("How well established it is that the statement was made.")
public enum EvidentialStatus {
    @Description("Made on the record, or stated as fact by the document (indicative mood).")
    CONFIRMED,
    @Description("Known only through someone else's account and not confirmed: hearsay, unnamed sources, "
            + "or a French conditional such as \"aurait demandé\".")
    REPORTED,
    @Description("Reported, then denied by the speaker.")
    DENIED
}
