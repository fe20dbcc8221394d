package org.alliancegraph.actor;

import org.alliancegraph.common.PartialDate;
import org.alliancegraph.graphql.Fields;
import org.alliancegraph.graphql.Node;
import org.alliancegraph.graphql.Projection;
import org.alliancegraph.graphql.Row;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/** Read model of a person's role, built from a row of {@link #select}. */
@Name("PersonRole")
@Description("A position a person holds or held, in an organisation or a state, over a period.")
public record PersonRoleView(
        @Ignore long rowId,
        @Ignore long personId,
        @NonNull @Description("Key of the role, unique among the person's roles.") String key,
        @NonNull @Description("The title in English, e.g. \"Federal Minister of Defence\".") String title,
        @Description("The title as the source words it, e.g. \"ministre allemand de la Défense\".") String originalTitle,
        @Description("When the person took the role.") PartialDate from,
        @Description("When the person left the role; null while they hold it.") PartialDate until,
        @Ignore Long organisationId,
        @Ignore Long sourceId) implements Node {

    /** How many columns {@link #project} adds. */
    public static final int WIDTH = project(new Projection(), "r", Fields.ALL).width();

    /** The select list this model is read from, for the role aliased {@code r}: all its columns. */
    public static String select(String r) {
        return project(new Projection(), r, Fields.ALL).select();
    }

    /** Adds the columns this model is read from to {@code p}, for the role aliased {@code r}: those {@code f} shows. */
    public static Projection project(Projection p, String r, Fields f) {
        return p.add(r + ".id").add(r + ".person.id").add(r + ".key", f.has("key")).add(r + ".title", f.has("title"))
                .add(r + ".originalTitle", f.has("originalTitle")).add(r + ".from", f.has("from"))
                .add(r + ".until", f.has("until")).add(r + ".organisation.id").add(r + ".sourceId");
    }

    public static PersonRoleView from(Row row) {
        return new PersonRoleView(row.nextLong(), row.nextLong(), row.next(), row.next(), row.next(), row.next(),
                row.next(), row.next(), row.next());
    }

    /** Reads what {@link #select} listed, or null for a reference the row has no role for (an outer join). */
    public static PersonRoleView fromNullable(Row row) {
        return row.nullable(WIDTH, PersonRoleView::from);
    }
}
