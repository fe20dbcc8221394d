package org.alliancegraph.mission;

import org.alliancegraph.common.PartialDate;
import org.alliancegraph.document.ExcerptView;
import org.alliancegraph.graphql.Node;
import org.alliancegraph.graphql.Row;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;

/** Read model of a troop figure, built from a row of {@link #select}, with its source joined. */
@Name("TroopStrength")
@Description("A dated figure of the troops a mission has deployed, with its source.")
public record TroopStrengthView(
        @Ignore long rowId,
        @Ignore long missionId,
        @Description("Number of troops.") int troops,
        @Description("True when the source gives a rounded figure (\"about 4,500\").") boolean approximate,
        @Description("When the figure held, as precisely as known.") PartialDate asOf,
        @Ignore long sourceId,
        @Ignore ExcerptView joinedSource) implements Node {

    /** The select list, for the figure aliased {@code t} with {@code join t.source t_src}. */
    public static String select(String t) {
        return t + ".id, " + t + ".mission.id, " + t + ".troops, " + t + ".approximate, " + t + ".asOf, " + t
                + ".source.id, " + ExcerptView.select(t + "_src");
    }

    public static TroopStrengthView from(Row row) {
        return new TroopStrengthView(row.nextLong(), row.nextLong(), row.nextInt(), row.next(), row.next(),
                row.nextLong(), ExcerptView.from(row));
    }
}
