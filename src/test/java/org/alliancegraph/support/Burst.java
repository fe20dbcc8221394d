package org.alliancegraph.support;

/**
 * A document whose one ingest adds many statements about one mission (the test's own, created by the annotations), as a
 * test of subscriptions needs: the text and its annotations.
 */
public record Burst(String text, String annotations) {

    private static final int SPEAKERS = 5;

    /** Statements {@code <prefix>-100}, {@code <prefix>-101}, ... about the mission {@code mission}, in that order. */
    public static Burst of(String prefix, String mission, int count) {
        return of(prefix, mission, count, 0);
    }

    /** The same, with a document text made longer by {@code padding} characters after the statements. */
    public static Burst of(String prefix, String mission, int count, int padding) {
        StringBuilder speakers = new StringBuilder();
        for (int i = 0; i < SPEAKERS; i++) {
            speakers.append(
                    "  - { slug: %1$s-speaker-%2$d, kind: GOVERNMENT_BODY, name: Zz burst speaker %2$d of %1$s }\n"
                            .formatted(prefix, i));
        }
        StringBuilder text = new StringBuilder("Burst test " + prefix + ".");
        StringBuilder statements = new StringBuilder();
        for (int i = 0; i < count; i++) {
            String quote = "Burst " + prefix + " statement number " + (100 + i);
            text.append(' ').append(quote).append('.');
            statements.append("""
                      - slug: %1$s-%2$d
                        speaker: %1$s-speaker-%5$d
                        kind: POSITION
                        evidentialStatus: REPORTED
                        text: %3$s
                        lang: en
                        subjects: [ { mission: %4$s, stance: SUPPORTS } ]
                        reports: [ { source: { quote: "%3$s" } } ]
                    """.formatted(prefix, 100 + i, quote, mission, i % SPEAKERS));
        }
        if (padding > 0) {
            text.append(" Padding:").append(" lorem ipsum".repeat(padding / 12));
        }
        return new Burst(text.toString(), """
                actors:
                %3$s
                missions:
                  - { slug: %1$s, alliance: nato, name: Zz burst test mission %1$s, kind: TRAINING, theatre: Burst }
                document: { slug: %2$s, title: Burst test, language: en }
                statements:
                """.formatted(mission, prefix, speakers) + statements);
    }
}
