package org.alliancegraph.draft;

import org.eclipse.microprofile.graphql.Description;

@Description("What kind of known record a name in the text names.")
public enum MentionKind {
    ACTOR,
    ALLIANCE,
    MISSION,
    EVENT
}
