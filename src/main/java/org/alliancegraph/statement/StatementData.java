package org.alliancegraph.statement;

/**
 * A statement's fields as a write gives them whole (a seed file, ingestDocument): the speaker and event by slug, the
 * speaker's role by its key, the date as written.
 */
public record StatementData(String slug, String speaker, String speakerRole, StatementKind kind,
        EvidentialStatus evidentialStatus, String text, String lang, String quote, String translation,
        String translationLang, String said, String event) {
}
