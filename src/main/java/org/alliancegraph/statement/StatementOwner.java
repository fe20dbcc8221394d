package org.alliancegraph.statement;

/** Who or what a statement belongs to, besides its subjects: the actor who made it, the event it was made at. */
enum StatementOwner implements StatementParent {
    SPEAKER("speaker", "Actor"),
    EVENT("event", "Event");

    private final String attribute;
    private final String entity;

    StatementOwner(String attribute, String entity) {
        this.attribute = attribute;
        this.entity = entity;
    }

    @Override
    public String attribute() {
        return attribute;
    }

    @Override
    public String entity() {
        return entity;
    }
}
