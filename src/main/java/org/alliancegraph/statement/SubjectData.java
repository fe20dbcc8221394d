package org.alliancegraph.statement;

/** What a statement is about, by slug (one of them), with the stance it takes towards it. */
public record SubjectData(Stance stance, String alliance, String mission, String actor, String event, String topic) {
}
