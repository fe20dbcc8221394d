package org.alliancegraph.support;

/**
 * A document whose one ingest adds many statements about one mission (the test's own, created by the annotations), as a
 * test of subscriptions needs: the text and its annotations.
 */
public record Burst(String text, String annotations) {

    /** Statements {@code <prefix>-100}, {@code <prefix>-101}, ... about the mission {@code mission}, in that order. */
    public static Burst of(String prefix, String mission, int count) {
        StringBuilder text = new StringBuilder("Burst test " + prefix + ".");
        StringBuilder statements = new StringBuilder();
        for (int i = 0; i < count; i++) {
            String quote = "Burst " + prefix + " statement number " + (100 + i);
            text.append(' ').append(quote).append('.');
            statements.append("""
                      - slug: %1$s-%2$d
                        speaker: burst-test-speaker
                        kind: POSITION
                        evidentialStatus: REPORTED
                        text: %3$s
                        lang: en
                        subjects: [ { mission: %4$s, stance: SUPPORTS } ]
                        reports: [ { source: { quote: "%3$s" } } ]
                    """.formatted(prefix, 100 + i, quote, mission));
        }
        return new Burst(text.toString(), """
                actors: [ { slug: burst-test-speaker, kind: GOVERNMENT_BODY, name: Burst test speaker } ]
                missions:
                  - { slug: %1$s, alliance: nato, name: Burst test mission %1$s, kind: TRAINING, theatre: Burst }
                document: { slug: %2$s, title: Burst test, language: en }
                statements:
                """.formatted(mission, prefix) + statements);
    }
}
