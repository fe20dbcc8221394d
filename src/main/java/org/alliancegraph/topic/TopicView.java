package org.alliancegraph.topic;

import java.time.OffsetDateTime;

import org.alliancegraph.common.RecordFields;
import org.alliancegraph.graphql.Node;
import org.alliancegraph.graphql.Projection;
import org.alliancegraph.graphql.Row;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/** Read model of a topic, built from a row of {@link #select}. */
@Name("Topic")
@Description("A subject of debate that is not an alliance, mission, actor or event, e.g. \"out-of-area missions\".")
public record TopicView(
        @Ignore long rowId,
        @NonNull @Description(RecordFields.SLUG) String slug,
        @NonNull @Description(RecordFields.VERSION) int version,
        @NonNull @Description(RecordFields.CREATED_BY) String createdBy,
        @NonNull @Description(RecordFields.CREATED_AT) OffsetDateTime createdAt,
        @NonNull @Description(RecordFields.UPDATED_BY) String updatedBy,
        @NonNull @Description(RecordFields.UPDATED_AT) OffsetDateTime updatedAt,
        @NonNull @Description("Name in English.") String name,
        @Description("What the topic covers.") String description) implements Node {

    /** Columns of {@link #select}. */
    public static final int WIDTH = project(new Projection(), "t").width();

    /** The select list this model is read from, for the topic aliased {@code t}. */
    public static String select(String t) {
        return project(new Projection(), t).select();
    }

    private static Projection project(Projection p, String t) {
        return p.add(t + ".id").add(t + ".slug").add(t + ".version").add(t + ".createdBy").add(t + ".createdAt")
                .add(t + ".updatedBy").add(t + ".updatedAt").add(t + ".name").add(t + ".description");
    }

    public static TopicView from(Row row) {
        return new TopicView(row.nextLong(), row.next(), row.nextInt(), row.next(), row.next(), row.next(), row.next(),
                row.next(), row.next());
    }
}
