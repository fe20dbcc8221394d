package org.alliancegraph.statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.alliancegraph.graphql.Queries;
import org.alliancegraph.graphql.Window;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class StatementRepository implements PanacheRepository<Statement> {

    /** Statements come with speaker, role and event: every view of a statement shows who spoke. */
    private static final String STATEMENT = "from Statement s join fetch s.speaker left join fetch s.speakerRole "
            + "left join fetch s.event ";

    /** The attributes of StatementSubject that name a subject; also the only strings put into HQL below. */
    private static final Set<String> SUBJECT_ATTRIBUTES = Set.of("alliance", "mission", "actor", "event", "topic");

    public Uni<Statement> findByIdWithSpeaker(long id) {
        return find(STATEMENT + "where s.id = ?1", id).firstResult();
    }

    public Uni<Statement> findBySlugWithSpeaker(String slug) {
        return find(STATEMENT + "where s.slug = ?1", slug).firstResult();
    }

    /**
     * Reads a window of the filtered statements by keyset on id: {@link Window#fetchSize()} rows from the window's
     * boundary, in reading order.
     */
    public Uni<List<Statement>> page(StatementFilter filter, StatementOrder order, Window window) {
        Where where = where(filter);
        boolean ascending = window.ascending(order != StatementOrder.NEWEST_FIRST);
        if (window.boundary() != null) {
            where.add("s.id " + (ascending ? ">" : "<") + " ?", window.boundary());
        }
        return find(STATEMENT + where.hql() + "order by s.id " + (ascending ? "asc" : "desc"),
                where.parameters.toArray())
                .range(0, window.fetchSize() - 1)
                .list();
    }

    /** How many statements the filter lets through. */
    public Uni<Long> count(StatementFilter filter) {
        Where where = where(filter);
        return count("from Statement s " + where.hql(), where.parameters.toArray());
    }

    private static Where where(StatementFilter filter) {
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
        return where;
    }

    /** HQL conditions joined by "and", with their positional parameters numbered as they are added. */
    private static final class Where {
        private final List<String> conditions = new ArrayList<>();
        private final List<Object> parameters = new ArrayList<>();

        /** Adds a condition whose parameters are written "?" in order. */
        void add(String condition, Object... values) {
            StringBuilder numbered = new StringBuilder();
            int next = 0;
            for (char c : condition.toCharArray()) {
                numbered.append(c);
                if (c == '?') {
                    parameters.add(values[next++]);
                    numbered.append(parameters.size());
                }
            }
            conditions.add(numbered.toString());
        }

        String hql() {
            return conditions.isEmpty() ? "" : "where " + String.join(" and ", conditions) + " ";
        }
    }

    public Uni<List<Statement>> bySpeakers(List<Long> actorIds) {
        return list(STATEMENT + "where s.speaker.id in ?1 order by s.speaker.id, s.id", actorIds);
    }

    public Uni<List<Statement>> atEvents(List<Long> eventIds) {
        return list(STATEMENT + "where s.event.id in ?1 order by s.event.id, s.id", eventIds);
    }

    /** The subjects of the statements, with whatever each one names. */
    public Uni<List<StatementSubject>> subjects(List<Long> statementIds) {
        return Queries.list(StatementSubject.class, "from StatementSubject ss left join fetch ss.alliance "
                + "left join fetch ss.mission left join fetch ss.actor left join fetch ss.event "
                + "left join fetch ss.topic where ss.statement.id in ?1 order by ss.statement.id, ss.id",
                statementIds);
    }

    /**
     * The subject entries that name one of the given alliances, missions, actors, events or topics, each with its
     * statement and speaker.
     */
    public Uni<List<StatementSubject>> discussing(String attribute, List<Long> ids) {
        String a = subjectAttribute(attribute);
        return Queries.list(StatementSubject.class, "from StatementSubject ss join fetch ss.statement s "
                + "join fetch s.speaker left join fetch s.speakerRole left join fetch s.event "
                + "where ss." + a + ".id in ?1 order by ss." + a + ".id, s.id, ss.id", ids);
    }

    public Uni<List<Report>> reportsOfStatements(List<Long> statementIds) {
        return Queries.list(Report.class, "from Report r join fetch r.excerpt left join fetch r.reportedBy "
                + "where r.statement.id in ?1 order by r.statement.id, r.id", statementIds);
    }

    public Uni<List<Report>> reportsOfDocuments(List<Long> documentIds) {
        return Queries.list(Report.class, "from Report r join fetch r.excerpt left join fetch r.reportedBy "
                + "join fetch r.statement s join fetch s.speaker "
                + "where r.document.id in ?1 order by r.document.id, r.excerpt.start, r.id", documentIds);
    }

    public Uni<List<ReportCitation>> citations(List<Long> reportIds) {
        return Queries.list(ReportCitation.class, "from ReportCitation c join fetch c.actor "
                + "where c.report.id in ?1 order by c.report.id, c.position", reportIds);
    }

    private static String subjectAttribute(String attribute) {
        if (!SUBJECT_ATTRIBUTES.contains(attribute)) {
            throw new IllegalArgumentException("not a subject attribute: " + attribute);
        }
        return attribute;
    }
}
