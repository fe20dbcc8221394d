package org.alliancegraph.statement;

import org.eclipse.microprofile.graphql.Description;

@Description("The kind of speech act a statement is.")
public enum StatementKind {
    @Description("The speaker's own words, quoted (in whole or in part).")
    DIRECT_QUOTE,
    @Description("What the speaker said, in the reporter's words.")
    PARAPHRASE,
    @Description("A stated or attributed position (\"Washington considers NATO ...\").")
    POSITION,
    @Description("A demand or call (\"asked for the mission to end\", \"called for a NATO 3.0\").")
    DEMAND,
    @Description("An intention made known indirectly (\"signalled its wish to reduce KFOR\").")
    SIGNAL,
    @Description("A denial (\"no precise timetable has been set\").")
    DENIAL,
    @Description("A fact the document states in its own voice (\"any decision ... requires the agreement of the 32\").")
    ASSERTION,
    @Description("The document's own analysis or characterisation.")
    ASSESSMENT
}
