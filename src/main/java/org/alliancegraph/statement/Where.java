package org.alliancegraph.statement;

import java.util.ArrayList;
import java.util.List;

import org.alliancegraph.common.PartialDate;
import org.alliancegraph.graphql.Conditions;

/**
 * The conditions of a {@link StatementFilter} on the statement alias {@code s}: in HQL for the lists, and in SQL on
 * table {@code statement} for the queries that need PostgreSQL's own operators (full-text search). Each criterion is
 * written in both forms side by side, and {@code SearchTest} checks that a filtered search finds what the filtered list
 * holds.
 */
public final class Where extends Conditions {

    /** The date of statement {@code s}: see {@link Statement#dated}. */
    static final String DATE = "s.dated";

    /**
     * The conditions of a filter on the statement alias {@code s}. A single speaker, subject, status, kind or language
     * is compared with "=" and a speaker or subject by its id (a subquery on its slug), not through a join: then an
     * index on (speaker, status, id) gives a page's rows in id order and the page stops at its last row (issue 14);
     * "in" would read every match and sort them.
     */
    static Where of(StatementFilter filter) {
        Where where = new Where();
        if (filter == null) {
            return where;
        }
        if (filter.speakers != null) {
            where.oneOrAny("s.speaker.id", "(select a.id from Actor a where a.slug in ?)",
                    "(select a.id from Actor a where a.slug = ?)", filter.speakers);
        }
        SubjectInput.SubjectRef about = filter.about == null ? null : filter.about.ref();
        if (about != null || filter.stances != null) {
            StringBuilder subject = new StringBuilder(
                    "exists (select 1 from StatementSubject ss where ss.statement = s");
            List<Object> parameters = new ArrayList<>();
            if (about != null) {
                subject.append(" and ss.").append(about.kind().attribute()).append(".id = (select x.id from ")
                        .append(about.kind().entity()).append(" x where x.slug = ?)");
                parameters.add(about.slug());
            }
            if (filter.stances != null) {
                subject.append(" and ss.stance in ?");
                parameters.add(filter.stances);
            }
            where.add(subject.append(")").toString(), parameters.toArray());
        }
        if (filter.kinds != null) {
            where.oneOrAny("s.kind", "?", "?", filter.kinds);
        }
        if (filter.evidentialStatuses != null) {
            where.oneOrAny("s.evidentialStatus", "?", "?", filter.evidentialStatuses);
        }
        if (filter.languages != null) {
            where.oneOrAny("s.lang", "?", "?", filter.languages);
        }
        if (filter.reportedBy != null) {
            where.add("exists (select 1 from Report r where r.statement = s and r.reportedBy.slug in ?)",
                    filter.reportedBy);
        }
        if (filter.from != null) {
            where.add(DATE + " >= ?", PartialDate.parseArgument("filter.from", filter.from).getEarliest());
        }
        if (filter.until != null) {
            where.add(DATE + " <= ?", PartialDate.parseArgument("filter.until", filter.until).getLatest());
        }
        return where;
    }

    /** {@code column = one} with the single value, else {@code column in any} with the list. */
    private void oneOrAny(String column, String any, String one, List<?> values) {
        if (values.size() == 1) {
            add(column + " = " + one, values.get(0));
        } else {
            add(column + " in " + any, values);
        }
    }

    /**
     * The same conditions in SQL on the alias {@code s} of table {@code statement}, parameters {@code ?1, ?2 ...} in
     * the order of {@link #parameters()}; a list parameter is expanded by Hibernate's native query.
     */
    public static Where sql(StatementFilter filter) {
        Where where = new Where();
        if (filter == null) {
            return where;
        }
        if (filter.speakers != null) {
            where.add("s.speaker_id in (select a.id from actor a where a.slug in (?))", filter.speakers);
        }
        SubjectInput.SubjectRef about = filter.about == null ? null : filter.about.ref();
        if (about != null || filter.stances != null) {
            StringBuilder subject = new StringBuilder(
                    "exists (select 1 from statement_subject ss where ss.statement_id = s.id");
            List<Object> parameters = new ArrayList<>();
            if (about != null) {
                subject.append(" and ss.").append(about.kind().attribute()).append("_id = ")
                        .append(subjectId(about.kind()));
                parameters.add(about.slug());
            }
            if (filter.stances != null) {
                subject.append(" and ss.stance in (?)");
                parameters.add(names(filter.stances));
            }
            where.add(subject.append(")").toString(), parameters.toArray());
        }
        if (filter.kinds != null) {
            where.add("s.kind in (?)", names(filter.kinds));
        }
        if (filter.evidentialStatuses != null) {
            where.add("s.evidential_status in (?)", names(filter.evidentialStatuses));
        }
        if (filter.languages != null) {
            where.add("s.lang in (?)", filter.languages);
        }
        if (filter.reportedBy != null) {
            where.add("exists (select 1 from report r join actor o on o.id = r.reporting_outlet_id "
                    + "where r.statement_id = s.id and o.slug in (?))", filter.reportedBy);
        }
        if (filter.from != null) {
            where.add("s.dated >= ?", PartialDate.parseArgument("filter.from", filter.from).getEarliest());
        }
        if (filter.until != null) {
            where.add("s.dated <= ?", PartialDate.parseArgument("filter.until", filter.until).getLatest());
        }
        return where;
    }

    /** Enum values as the database stores them. */
    static List<String> names(List<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).toList();
    }

    /** SQL: the id of the subject of this kind whose slug is the next parameter. */
    static String subjectId(SubjectKind kind) {
        return "(select x.id from " + kind.table() + " x where x.slug = ?)";
    }
}
