package org.alliancegraph.seed;

/**
 * Finds and checks spans of a document's text. Offsets count Unicode code points (what Python's {@code str} and
 * PostgreSQL's {@code char_length} count), end exclusive.
 */
public final class TextSpans {

    public record Span(int start, int end, String text) {
    }

    private final String text;
    private final int length;

    public TextSpans(String text) {
        this.text = text;
        this.length = text.codePointCount(0, text.length());
    }

    /** The n-th (from 1) occurrence of the quote; the quote must occur exactly once when occurrence is null. */
    public Span locate(String quote, Integer occurrence) {
        int count = 0;
        int found = -1;
        for (int at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) {
            count++;
            if (occurrence == null ? count == 1 : count == occurrence) {
                found = at;
            }
        }
        if (count == 0) {
            throw new IllegalArgumentException("quote not found in the document: \"" + quote + "\"");
        }
        if (occurrence == null && count > 1) {
            throw new IllegalArgumentException("quote occurs " + count + " times in the document; say which with "
                    + "occurrence: \"" + quote + "\"");
        }
        if (found < 0) {
            throw new IllegalArgumentException("quote occurs " + count + " times, not " + occurrence + ": \""
                    + quote + "\"");
        }
        int start = text.codePointCount(0, found);
        return new Span(start, start + quote.codePointCount(0, quote.length()), quote);
    }

    /** The span [start, end); with a quote, the span's text must equal it. */
    public Span span(int start, int end, String quote) {
        if (start < 0 || end <= start || end > length) {
            throw new IllegalArgumentException("span [" + start + ", " + end + ") is not inside the document (0 to "
                    + length + ")");
        }
        String spanText = text.substring(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end));
        if (quote != null && !quote.equals(spanText)) {
            throw new IllegalArgumentException("span [" + start + ", " + end + ") reads \"" + spanText
                    + "\", not the quote \"" + quote + "\"");
        }
        return new Span(start, end, spanText);
    }
}
