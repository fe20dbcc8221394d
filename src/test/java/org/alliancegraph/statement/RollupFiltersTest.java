package org.alliancegraph.statement;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Which filters the rollup answers, and its conditions. */
class RollupFiltersTest {

    @Test
    void theRollupAnswersSubjectsStancesTowardsThemKindsStatusesLanguagesAndDates() {
        assertTrue(Rollup.serves(null));
        StatementFilter filter = about("kfor");
        filter.stances = List.of(Stance.SUPPORTS);
        filter.kinds = List.of(StatementKind.DEMAND);
        filter.evidentialStatuses = List.of(EvidentialStatus.REPORTED);
        filter.languages = List.of("fr");
        filter.from = "2026-03";
        filter.until = "2026";
        assertTrue(Rollup.serves(filter));
        Rollup where = Rollup.of(filter, true);
        assertEquals("r.scope = ?1 and r.subject_id = (select x.id from mission x where x.slug = ?2) "
                + "and r.grain = 'month' and r.stance in (?3) and r.kind in (?4) and r.evidential_status in (?5) and r.lang in (?6) "
                + "and r.day >= ?7 and r.day <= ?8", where.all());
        assertArrayEquals(new Object[]{"mission", "kfor", List.of("SUPPORTS"), List.of("DEMAND"), List.of("REPORTED"),
                List.of("fr"), LocalDate.of(2026, 3, 1), LocalDate.of(2026, 12, 31)}, where.parameters());
        assertEquals("r.scope = 'statement' and r.grain = 'day'", Rollup.of(new StatementFilter(), false).all());
    }

    @Test
    void monthsFilteredOnNothingButASubjectAndDatesReadTheMonthsTotals() {
        assertEquals("r.scope = 'statement' and r.grain = 'month_total'", Rollup.of(null, true).all());
        StatementFilter filter = about("kfor");
        filter.from = "2026-03";
        assertEquals("r.scope = ?1 and r.subject_id = (select x.id from mission x where x.slug = ?2) "
                + "and r.grain = 'month_total' and r.day >= ?3", Rollup.of(filter, true).all());
        filter.languages = List.of("fr");
        assertTrue(Rollup.of(filter, true).all().contains("r.grain = 'month' "));
        assertTrue(Rollup.of(filter, false).all().contains("r.grain = 'day' "));
        assertTrue(Rollup.perSubject(SubjectKind.MISSION, List.of(1L), null, true).all().contains("r.grain = 'month'"),
                "a summary per stance reads the months, which have stances");
    }

    @Test
    void datesThatTakeWholeMonthsReadTheMonths() {
        assertTrue(Rollup.wholeMonths(null));
        assertTrue(Rollup.wholeMonths(dates("2026-03", "2026")));
        assertTrue(Rollup.wholeMonths(dates("2026-03-01", "2026-02-28")));
        assertFalse(Rollup.wholeMonths(dates("2026-03-02", null)));
        assertFalse(Rollup.wholeMonths(dates(null, "2026-02-27")));
    }

    private static StatementFilter dates(String from, String until) {
        StatementFilter filter = new StatementFilter();
        filter.from = from;
        filter.until = until;
        return filter;
    }

    @Test
    void speakersOutletsAndStancesWithoutASubjectAreCountedFromTheStatements() {
        StatementFilter speakers = about("kfor");
        speakers.speakers = List.of("united-states");
        assertFalse(Rollup.serves(speakers));
        StatementFilter outlets = new StatementFilter();
        outlets.reportedBy = List.of("politico");
        assertFalse(Rollup.serves(outlets));
        StatementFilter stances = new StatementFilter();
        stances.stances = List.of(Stance.OPPOSES);
        assertFalse(Rollup.serves(stances));
    }

    @Test
    void aSummaryPerSubjectTakesNoOtherSubjectNorStance() {
        assertTrue(Rollup.servesPerSubject(null));
        StatementFilter kinds = new StatementFilter();
        kinds.kinds = List.of(StatementKind.DEMAND);
        assertTrue(Rollup.servesPerSubject(kinds));
        assertFalse(Rollup.servesPerSubject(about("kfor")));
        StatementFilter stances = about("kfor");
        stances.stances = List.of(Stance.OPPOSES);
        assertFalse(Rollup.servesPerSubject(stances));
    }

    private static StatementFilter about(String mission) {
        StatementFilter filter = new StatementFilter();
        filter.about = new SubjectInput();
        filter.about.mission = mission;
        return filter;
    }
}
