package org.alliancegraph.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class PartialDateTest {

    @Test
    void theFormGivesThePrecision() {
        assertEquals(DatePrecision.YEAR, PartialDate.parse("2018").precision);
        assertEquals(DatePrecision.MONTH, PartialDate.parse("2026-09").precision);
        assertEquals(DatePrecision.DAY, PartialDate.parse("2026-07-07").precision);
    }

    @Test
    void aPartialDateCoversItsWholePeriod() {
        PartialDate september = PartialDate.parse("2026-09");
        assertEquals(LocalDate.of(2026, 9, 1), september.getEarliest());
        assertEquals(LocalDate.of(2026, 9, 30), september.getLatest());
        assertEquals(LocalDate.of(2024, 12, 31), PartialDate.parse("2024").getLatest());
        assertEquals(LocalDate.of(2024, 2, 29), PartialDate.parse("2024-02").getLatest());
        assertEquals(LocalDate.of(1949, 8, 24), PartialDate.parse("1949-08-24").getLatest());
    }

    @Test
    void aPeriodEndsBeforeItStartsWhenItsEndsFirstDayIsBeforeItsStartsFirstDay() {
        assertFalse(PartialDate.endsBeforeItStarts(PartialDate.parse("2010"), PartialDate.parse("2010-06")));
        assertFalse(PartialDate.endsBeforeItStarts(PartialDate.parse("2010"), PartialDate.parse("2010-01-01")));
        assertFalse(PartialDate.endsBeforeItStarts(PartialDate.parse("2010-06"), PartialDate.parse("2010-06-01")));
        assertTrue(PartialDate.endsBeforeItStarts(PartialDate.parse("2010-06"), PartialDate.parse("2010")),
                "the year counts from its first day, as the database compares the stored dates");
        assertTrue(PartialDate.endsBeforeItStarts(PartialDate.parse("2010"), PartialDate.parse("2009-12")));
        assertTrue(PartialDate.endsBeforeItStarts(PartialDate.parse("2010-06-02"), PartialDate.parse("2010-06-01")));
        assertFalse(PartialDate.endsBeforeItStarts(null, PartialDate.parse("1900")), "open start");
        assertFalse(PartialDate.endsBeforeItStarts(PartialDate.parse("2100"), null), "open end");
    }

    @Test
    void itPrintsOnlyWhatIsKnown() {
        assertEquals("2018", PartialDate.parse("2018").getValue());
        assertEquals("2026-09", PartialDate.parse("2026-09").getValue());
        assertEquals("1949-08-24", PartialDate.parse("1949-08-24").getValue());
    }

    @Test
    void impossibleDatesAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> PartialDate.parse("2026-02-30"));
        assertThrows(IllegalArgumentException.class, () -> PartialDate.parse("2026-13"));
        assertThrows(IllegalArgumentException.class, () -> PartialDate.parse("26"));
    }
}
