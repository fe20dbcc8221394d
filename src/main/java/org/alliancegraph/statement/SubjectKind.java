package org.alliancegraph.statement;

import java.util.Locale;

/**
 * What a statement can be about. The one place that maps a kind to the names it has elsewhere: the attribute of
 * {@link StatementSubject} (also the subject's table, its column with {@code _id}, and the rollup's scope, migration
 * V8), the entity and the GraphQL type.
 */
public enum SubjectKind implements StatementParent {
    ALLIANCE("Alliance"),
    MISSION("Mission"),
    ACTOR("Actor"),
    EVENT("Event"),
    TOPIC("Topic");

    private final String entity;

    SubjectKind(String entity) {
        this.entity = entity;
    }

    @Override
    public String attribute() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The subject's table; its id is in column {@code attribute() + "_id"} of table statement_subject. */
    public String table() {
        return attribute();
    }

    @Override
    public String entity() {
        return entity;
    }

    /** The GraphQL type of such a subject. */
    public String graphqlType() {
        return entity;
    }
}
