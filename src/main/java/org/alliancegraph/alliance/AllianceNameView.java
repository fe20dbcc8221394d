package org.alliancegraph.alliance;

import org.alliancegraph.common.NameKind;
import org.alliancegraph.graphql.NameView;
import org.alliancegraph.graphql.Node;
import org.alliancegraph.graphql.Row;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/** Read model of a name of an alliance, built from a row of {@link NameView#select}. */
@Name("AllianceName")
@Description("A name of an alliance in one language (\"NATO\", \"OTAN\", \"Alliance atlantique\").")
public record AllianceNameView(
        @Ignore long rowId,
        @Ignore long allianceId,
        @NonNull @Description("The name as written.") String name,
        @Description("BCP 47 language tag of the name; null for a name used as is in every language.") String lang,
        @NonNull @Description("What the name is: canonical, translation, acronym, alias, metonym or spelling variant.") NameKind kind)
        implements
            Node {

    public static AllianceNameView from(Row row) {
        return NameView.from(row, AllianceNameView::new);
    }
}
