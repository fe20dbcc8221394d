package org.alliancegraph.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TextSpansTest {

    private final TextSpans spans = new TextSpans("L’OTAN 🛡 et l’OTAN : « OTAN 3.0 ».");

    @Test
    void locatesAQuoteInCodePoints() {
        TextSpans.Span span = spans.locate("« OTAN 3.0 »", null);
        assertEquals(21, span.start(), "the shield emoji is one code point, two UTF-16 units");
        assertEquals(33, span.end());
        assertEquals("« OTAN 3.0 »", span.text());
    }

    @Test
    void anAmbiguousQuoteNeedsAnOccurrence() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> spans.locate("OTAN", null));
        assertTrue(e.getMessage().contains("occurs 3 times"), e.getMessage());
        assertEquals(14, spans.locate("OTAN", 2).start());
        assertThrows(IllegalArgumentException.class, () -> spans.locate("OTAN", 4));
    }

    @Test
    void aQuoteThatIsNotInTheTextIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> spans.locate("NATO", null));
        assertTrue(e.getMessage().startsWith("quote not found"));
    }

    @Test
    void aSpanMustLieInsideTheTextAndMatchItsQuote() {
        assertEquals("L’OTAN", spans.span(0, 6, "L’OTAN").text());
        assertEquals("🛡", spans.span(7, 8, null).text());
        assertThrows(IllegalArgumentException.class, () -> spans.span(0, 99, null));
        assertThrows(IllegalArgumentException.class, () -> spans.span(5, 5, null));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> spans.span(0, 6, "NATO"));
        assertTrue(e.getMessage().contains("not the quote"));
    }
}
