package org.alliancegraph.actor;

import org.alliancegraph.common.NameKind;
import org.alliancegraph.graphql.NameView;
import org.alliancegraph.graphql.Node;
import org.alliancegraph.graphql.Row;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/** Read model of a name of an actor, built from a row of {@link NameView#select}. */
@Name("ActorName")
@Description("A name, translation or alias of an actor (\"Washington\" and \"États-Unis\" for the United States).")
public record ActorNameView(
        @Ignore long rowId,
        @Ignore long actorId,
        @NonNull @Description("The name as written.") String name,
        @Description("BCP 47 language tag of the name; null for a name used as is in every language.") String lang,
        @NonNull @Description("What the name is: canonical, translation, acronym, alias, metonym or spelling variant.") NameKind kind)
        implements
            Node {

    public static ActorNameView from(Row row) {
        return NameView.from(row, ActorNameView::new);
    }
}
