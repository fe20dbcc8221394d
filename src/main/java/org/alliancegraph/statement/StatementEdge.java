package org.alliancegraph.statement;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A statement in a page of statements, with its cursor.")
public record StatementEdge(
        @NonNull @Description("Opaque cursor of this statement in its list: pass it as after or before.") String cursor,
        @NonNull @Description("The statement.") StatementView node,
        @Description("In a list of statements about something (discussedIn), the speaker's stance towards it; null "
                + "elsewhere.") Stance stance) {

    StatementEdge(String cursor, StatementView node) {
        this(cursor, node, null);
    }
}
