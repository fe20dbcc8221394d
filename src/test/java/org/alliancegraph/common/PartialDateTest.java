package org.alliancegraph.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
