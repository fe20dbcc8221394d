package org.alliancegraph.mission;

import org.alliancegraph.document.ExcerptView;
import org.alliancegraph.graphql.Node;
import org.alliancegraph.graphql.Row;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/** Read model of a mission objective, built from a row of {@link #select}, with its source joined. */
@Name("MissionObjective")
@Description("One of a mission's objectives, as its source states it.")
public record MissionObjectiveView(
        @Ignore long rowId,
        @Ignore long missionId,
        @Description("Order among the mission's objectives, from 0.") int position,
        @NonNull @Description("The objective in the source's language.") String text,
        @NonNull @Description("BCP 47 language tag of the text.") String lang,
        @Description("The objective in English, when the text is in another language.") String translation,
        @Ignore Long sourceId,
        @Ignore ExcerptView joinedSource) implements Node {

    /** The select list, for the objective aliased {@code o} with {@code left join o.source o_src}. */
    public static String select(String o) {
        return o + ".id, " + o + ".mission.id, " + o + ".position, " + o + ".text, " + o + ".lang, " + o
                + ".translation, " + o + ".source.id, " + ExcerptView.select(o + "_src");
    }

    public static MissionObjectiveView from(Row row) {
        return new MissionObjectiveView(row.nextLong(), row.nextLong(), row.nextInt(), row.next(), row.next(),
                row.next(), row.next(), ExcerptView.fromNullable(row));
    }
}
