package org.alliancegraph.actor;

import java.time.OffsetDateTime;

import org.alliancegraph.common.RecordFields;
import org.alliancegraph.graphql.Fields;
import org.alliancegraph.graphql.Node;
import org.alliancegraph.graphql.Projection;
import org.alliancegraph.graphql.Row;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/** Read model of an actor, built from a row of {@link #select}. */
@Name("Actor")
@Description("Someone who acts, speaks or is spoken of: a state, a person, an organisation, an outlet, an anonymous source.")
public record ActorView(
        @Ignore long rowId,
        @NonNull @Description(RecordFields.SLUG) String slug,
        @NonNull @Description(RecordFields.VERSION) int version,
        @NonNull @Description(RecordFields.CREATED_BY) String createdBy,
        @NonNull @Description(RecordFields.CREATED_AT) OffsetDateTime createdAt,
        @NonNull @Description(RecordFields.UPDATED_BY) String updatedBy,
        @NonNull @Description(RecordFields.UPDATED_AT) OffsetDateTime updatedAt,
        @NonNull @Description("What sort of actor this is.") ActorKind kind,
        @NonNull @Description("Canonical name, in English.") String name,
        @Description("Who or what this is, in a sentence.") String description,
        @Description("For an anonymous group, how many it is when the source says (\"two NATO diplomats\": 2).") Integer groupSize,
        @Description("ISO 3166-1 alpha-3 code, for states.") String isoCode,
        @Description("Wikidata item id (QID), e.g. \"Q30\" for the United States.") String wikidataId,
        @Ignore Long countryId,
        @Ignore Long affiliationId) implements Node {

    /** How many columns {@link #project} adds. */
    public static final int WIDTH = project(new Projection(), "a", Fields.ALL).width();

    /** The select list this model is read from, for the actor aliased {@code a}: all its columns. */
    public static String select(String a) {
        return project(new Projection(), a, Fields.ALL).select();
    }

    /**
     * Adds the columns this model is read from to {@code p}, for the actor aliased {@code a}: those {@code f} shows.
     */
    public static Projection project(Projection p, String a, Fields f) {
        return p.add(a + ".id").add(a + ".slug", f.has("slug")).add(a + ".version", f.has("version"))
                .add(a + ".createdBy", f.has("createdBy")).add(a + ".createdAt", f.has("createdAt"))
                .add(a + ".updatedBy", f.has("updatedBy")).add(a + ".updatedAt", f.has("updatedAt"))
                .add(a + ".kind", f.has("kind")).add(a + ".name", f.has("name"))
                .add(a + ".description", f.has("description")).add(a + ".groupSize", f.has("groupSize"))
                .add(a + ".isoCode", f.has("isoCode")).add(a + ".wikidataId", f.has("wikidataId"))
                .add(a + ".country.id").add(a + ".affiliation.id");
    }

    public static ActorView from(Row row) {
        return new ActorView(row.nextLong(), row.next(), row.nextInt(), row.next(), row.next(), row.next(), row.next(),
                row.next(), row.next(), row.next(), row.next(), row.next(), row.next(), row.next(), row.next());
    }

    /** Reads what {@link #select} listed, or null for a reference the row has no actor for (an outer join). */
    public static ActorView fromNullable(Row row) {
        return row.nullable(WIDTH, ActorView::from);
    }
}
