package org.alliancegraph.statement;

import java.time.LocalDate;
import java.util.List;

import org.alliancegraph.common.PartialDate;
import org.alliancegraph.graphql.Conditions;

/**
 * The conditions of a {@link StatementFilter} on the alias {@code r} of table {@code statement_rollup} (migrations V8,
 * V9), for the filters the rollup can answer: a subject ({@code about}) with the stances towards it, kinds, evidential
 * statuses, languages and dates. It has no speaker and no report, and a stance only towards one subject: a filter on
 * speakers or outlets, or on stances without a subject, is counted from the statements. Counts by month or year, and
 * over dates that begin and end with a month, read the rollup's months, whose number does not grow with the data (their
 * totals when the filter names no stance, kind, status or language: one row a month); the others its days.
 */
final class Rollup extends Conditions {

    private Rollup() {
    }

    /** Whether the rollup can count the statements this filter lets through. */
    static boolean serves(StatementFilter filter) {
        return filter == null || filter.speakers == null && filter.reportedBy == null
                && (filter.stances == null || filter.about != null);
    }

    /**
     * Whether the rollup can count, per subject, the statements about it that this filter lets through: as
     * {@link #serves} without any other subject ({@code about}) or stance.
     */
    static boolean servesPerSubject(StatementFilter filter) {
        return serves(filter) && (filter == null || filter.about == null && filter.stances == null);
    }

    /**
     * Whether the filter's dates, if any, take whole months: from a month's first day, until a month's last. Then
     * counts that need no day read the rollup's months.
     */
    static boolean wholeMonths(StatementFilter filter) {
        if (filter == null) {
            return true;
        }
        boolean from = filter.from == null
                || PartialDate.parseArgument("filter.from", filter.from).getEarliest().getDayOfMonth() == 1;
        LocalDate until = filter.until == null
                ? null
                : PartialDate.parseArgument("filter.until", filter.until).getLatest();
        return from && (until == null || until.getDayOfMonth() == until.lengthOfMonth());
    }

    /**
     * The conditions on the rows of the whole scope (every statement once, or the subject the filter names), by month
     * or by day.
     */
    static Rollup of(StatementFilter filter, boolean byMonth) {
        Rollup where = new Rollup();
        SubjectInput.SubjectRef about = filter == null || filter.about == null ? null : filter.about.ref();
        if (about == null) {
            where.add("r.scope = 'statement'");
        } else {
            where.add("r.scope = ?", about.kind().attribute());
            where.add("r.subject_id = " + Where.subjectId(about.kind()), about.slug());
        }
        boolean anyDimension = filter != null && (filter.stances != null || filter.kinds != null
                || filter.evidentialStatuses != null || filter.languages != null);
        where.dimensions(filter, !byMonth ? "day" : anyDimension ? "month" : "month_total");
        return where;
    }

    /**
     * The conditions on the rows of these subjects, for a filter that {@link #servesPerSubject}, by month or by day.
     */
    static Rollup perSubject(SubjectKind kind, List<Long> subjectIds, StatementFilter filter, boolean byMonth) {
        Rollup where = new Rollup();
        where.add("r.scope = ?", kind.attribute());
        where.add("r.subject_id in (?)", subjectIds);
        where.dimensions(filter, byMonth ? "month" : "day");
        return where;
    }

    private void dimensions(StatementFilter filter, String grain) {
        add("r.grain = '" + grain + "'");
        if (filter == null) {
            return;
        }
        if (filter.stances != null) {
            add("r.stance in (?)", Where.names(filter.stances));
        }
        if (filter.kinds != null) {
            add("r.kind in (?)", Where.names(filter.kinds));
        }
        if (filter.evidentialStatuses != null) {
            add("r.evidential_status in (?)", Where.names(filter.evidentialStatuses));
        }
        if (filter.languages != null) {
            add("r.lang in (?)", filter.languages);
        }
        if (filter.from != null) {
            add("r.day >= ?", PartialDate.parseArgument("filter.from", filter.from).getEarliest());
        }
        if (filter.until != null) {
            add("r.day <= ?", PartialDate.parseArgument("filter.until", filter.until).getLatest());
        }
    }
}
