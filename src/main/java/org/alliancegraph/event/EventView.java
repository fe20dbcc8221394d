package org.alliancegraph.event;

import java.time.OffsetDateTime;

import org.alliancegraph.common.PartialDate;
import org.alliancegraph.common.RecordFields;
import org.alliancegraph.graphql.Fields;
import org.alliancegraph.graphql.Node;
import org.alliancegraph.graphql.Projection;
import org.alliancegraph.graphql.Row;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/** Read model of an event, built from a row of {@link #select}. */
@Name("Event")
@Description("A summit or meeting at which statements are made.")
public record EventView(
        @Ignore long rowId,
        @NonNull @Description(RecordFields.SLUG) String slug,
        @NonNull @Description(RecordFields.VERSION) int version,
        @NonNull @Description(RecordFields.CREATED_BY) String createdBy,
        @NonNull @Description(RecordFields.CREATED_AT) OffsetDateTime createdAt,
        @NonNull @Description(RecordFields.UPDATED_BY) String updatedBy,
        @NonNull @Description(RecordFields.UPDATED_AT) OffsetDateTime updatedAt,
        @NonNull @Description("What sort of gathering it is.") EventKind kind,
        @NonNull @Description("Name in English.") String name,
        @Description("Where it takes place, e.g. \"Ankara\".") String place,
        @Description("When it starts, as precisely as known.") PartialDate start,
        @Description("When it ends, when known.") PartialDate end,
        @Description("What the event is, in a sentence.") String description,
        @Ignore Long allianceId,
        @Ignore Long placeActorId,
        @Ignore Long sourceId) implements Node {

    /** How many columns {@link #project} adds. */
    public static final int WIDTH = project(new Projection(), "e", Fields.ALL).width();

    /** The select list this model is read from, for the event aliased {@code e}: all its columns. */
    public static String select(String e) {
        return project(new Projection(), e, Fields.ALL).select();
    }

    /**
     * Adds the columns this model is read from to {@code p}, for the event aliased {@code e}: those {@code f} shows.
     */
    public static Projection project(Projection p, String e, Fields f) {
        return p.add(e + ".id").add(e + ".slug", f.has("slug")).add(e + ".version", f.has("version"))
                .add(e + ".createdBy", f.has("createdBy")).add(e + ".createdAt", f.has("createdAt"))
                .add(e + ".updatedBy", f.has("updatedBy")).add(e + ".updatedAt", f.has("updatedAt"))
                .add(e + ".kind", f.has("kind")).add(e + ".name", f.has("name")).add(e + ".place", f.has("place"))
                .add(e + ".start", f.has("start")).add(e + ".end", f.has("end"))
                .add(e + ".description", f.has("description")).add(e + ".alliance.id").add(e + ".placeActor.id")
                .add(e + ".source.id");
    }

    public static EventView from(Row row) {
        return new EventView(row.nextLong(), row.next(), row.nextInt(), row.next(), row.next(), row.next(), row.next(),
                row.next(), row.next(), row.next(), row.next(), row.next(), row.next(), row.next(), row.next(),
                row.next());
    }

    /** Reads what {@link #select} listed, or null for a reference the row has no event for (an outer join). */
    public static EventView fromNullable(Row row) {
        return row.nullable(WIDTH, EventView::from);
    }
}
