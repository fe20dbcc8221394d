package org.alliancegraph.statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.alliancegraph.common.PartialDate;
import org.alliancegraph.graphql.Conditions;

/**
 * The conditions of a {@link StatementFilter} on the statement alias {@code s}.
 */
final class Where extends Conditions {

    /** The attributes of StatementSubject that name a subject; also the only such strings put into HQL. */
    private static final Set<String> SUBJECT_ATTRIBUTES = Set.of("alliance", "mission", "actor", "event", "topic");

    /** The date of statement {@code s}: see {@link Statement#dated}. */
    static final String DATE = "s.dated";

    /** The conditions of a filter on the statement alias {@code s}. */
    static Where of(StatementFilter filter) {
        Where where = new Where();
        if (filter == null) {
            return where;
        }
        if (filter.speakers != null) {
            where.add("s.speaker.slug in ?", filter.speakers);
        }
        SubjectInput.SubjectRef about = filter.about == null ? null : filter.about.ref();
        if (about != null || filter.stances != null) {
            StringBuilder subject = new StringBuilder(
                    "exists (select 1 from StatementSubject ss where ss.statement = s");
            List<Object> parameters = new ArrayList<>();
            if (about != null) {
                subject.append(" and ss.").append(subjectAttribute(about.attribute())).append(".slug = ?");
                parameters.add(about.slug());
            }
            if (filter.stances != null) {
                subject.append(" and ss.stance in ?");
                parameters.add(filter.stances);
            }
            where.add(subject.append(")").toString(), parameters.toArray());
        }
        if (filter.kinds != null) {
            where.add("s.kind in ?", filter.kinds);
        }
        if (filter.evidentialStatuses != null) {
            where.add("s.evidentialStatus in ?", filter.evidentialStatuses);
        }
        if (filter.languages != null) {
            where.add("s.lang in ?", filter.languages);
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

    static String ownerAttribute(String attribute) {
        if (!attribute.equals("speaker") && !attribute.equals("event")) {
            throw new IllegalArgumentException("not a statement owner attribute: " + attribute);
        }
        return attribute;
    }

    static String subjectAttribute(String attribute) {
        if (!SUBJECT_ATTRIBUTES.contains(attribute)) {
            throw new IllegalArgumentException("not a subject attribute: " + attribute);
        }
        return attribute;
    }
}
