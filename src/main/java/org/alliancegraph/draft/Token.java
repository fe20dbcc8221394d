package org.alliancegraph.draft;

/**
 * A word or punctuation mark of a text: as written, in its lookup form ({@link org.alliancegraph.common.Names#key}),
 * and where it is, in chars ({@code from}, {@code to}) for cutting the text and in code points ({@code start},
 * {@code end}) as excerpts count.
 */
record Token(String text, String key, int from, int to, int start, int end) {

    boolean isWord() {
        return Character.isLetterOrDigit(text.codePointAt(0));
    }

    /** Starts with a capital letter: a name, or the first word of a sentence. */
    boolean isCapitalised() {
        return Character.isUpperCase(text.codePointAt(0));
    }

    boolean is(String punctuation) {
        return text.equals(punctuation);
    }
}
