package org.alliancegraph.statement;

/**
 * Whose statements a nested list holds: those about a subject ({@link SubjectKind}) or those made by a speaker or at an
 * event ({@link StatementOwner}). Each names the attribute that points at the parent and the parent's entity.
 */
sealed interface StatementParent permits SubjectKind, StatementOwner {

    /** The attribute of StatementSubject (a subject) or Statement (an owner) that points at the parent. */
    String attribute();

    /** The parent's entity (HQL). */
    String entity();
}
