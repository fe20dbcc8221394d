package org.alliancegraph.statement;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import org.alliancegraph.actor.ActorView;
import org.alliancegraph.graphql.Reads;
import org.alliancegraph.graphql.Row;

import io.smallrye.mutiny.Uni;

/**
 * Counts for dashboards over the same filters as the statement lists: from the rollup of migration V8 where it can
 * answer the filter ({@link Rollup}), so that they cost the same whatever the number of statements; otherwise with
 * GROUP BY over the statements.
 */
@ApplicationScoped
public class StatementStatsRepository {

    private final Reads reads;

    StatementStatsRepository(Reads reads) {
        this.reads = reads;
    }

    /** Statement counts per period of the statement's date, oldest first, undated last. */
    public Uni<List<PeriodCount>> perPeriod(StatementFilter filter, Period period) {
        String unit = period.name().toLowerCase(Locale.ROOT);
        if (Rollup.serves(filter)) {
            boolean byMonth = (period == Period.MONTH || period == Period.YEAR) && Rollup.wholeMonths(filter);
            Rollup where = Rollup.of(filter, byMonth);
            String bucket = "date_trunc('" + unit + "', r.day::timestamp)::date";
            return reads.nativeList("select " + bucket + ", sum(r.statements)::bigint from statement_rollup r where "
                    + where.all() + " group by 1 having sum(r.statements) > 0 order by 1 nulls last",
                    row -> new PeriodCount(day(row.next()), row.nextLong()), where.parameters());
        }
        Where where = Where.of(filter);
        String bucket = "date_trunc('" + unit + "', " + Where.DATE + ")";
        return reads.list("select " + bucket + ", count(s) from Statement s " + where.hql() + "group by " + bucket
                + " order by " + bucket + " nulls last",
                row -> new PeriodCount(day(row.next()), row.nextLong()),
                where.parameters());
    }

    /** The actors that made the most filtered statements, with their counts; limit is checked by the caller. */
    public Uni<List<ActorCount>> topSpeakers(StatementFilter filter, int limit) {
        Where where = Where.of(filter);
        return reads.list("select " + ActorView.select("a") + ", count(s) from Statement s join s.speaker a "
                + where.hql() + "group by a.id order by count(s) desc, a.id limit " + limit,
                StatementStatsRepository::count, where.parameters());
    }

    /** The outlets that reported the most filtered statements, with their counts. */
    public Uni<List<ActorCount>> topOutlets(StatementFilter filter, int limit) {
        Where where = Where.of(filter);
        return reads.list("select " + ActorView.select("o") + ", count(distinct s.id) from Report rep "
                + "join rep.statement s join rep.reportedBy o " + where.hql()
                + "group by o.id order by count(distinct s.id) desc, o.id limit " + limit,
                StatementStatsRepository::count, where.parameters());
    }

    /** For each parent (a subject of this kind), rows of (parent id, stance, evidential status, count). */
    public Uni<List<Object[]>> stancesAbout(SubjectKind kind, List<Long> parentIds, StatementFilter filter) {
        if (Rollup.servesPerSubject(filter)) {
            Rollup where = Rollup.perSubject(kind, parentIds, filter, Rollup.wholeMonths(filter));
            return reads.nativeList("select r.subject_id, r.stance, r.evidential_status, sum(r.statements)::bigint "
                    + "from statement_rollup r where " + where.all() + " group by 1, 2, 3 "
                    + "having sum(r.statements) > 0 order by 1, 2, 3",
                    row -> new Object[]{row.nextLong(), Stance.valueOf(row.next()),
                            EvidentialStatus.valueOf(row.next()), row.nextLong()},
                    where.parameters());
        }
        String a = kind.attribute();
        Where where = Where.of(filter);
        where.add("x." + a + ".id in ?", parentIds);
        return reads.list("select x." + a + ".id, x.stance, s.evidentialStatus, count(s) "
                + "from StatementSubject x join x.statement s " + where.hql()
                + "group by x." + a + ".id, x.stance, s.evidentialStatus "
                + "order by x." + a + ".id, x.stance, s.evidentialStatus", Row::columns, where.parameters());
    }

    /** An actor's columns, then its count. */
    private static ActorCount count(Row row) {
        return new ActorCount(ActorView.from(row), row.nextLong());
    }

    private static LocalDate day(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof LocalDateTime time
                ? time.toLocalDate()
                : LocalDate.parse(value.toString().substring(0, 10));
    }
}
