package org.alliancegraph.statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.alliancegraph.graphql.PageRequest;
import org.alliancegraph.graphql.Queries;

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

    /** A page of statements, in the order they were recorded, filtered by whichever criteria are given. */
    public Uni<List<Statement>> search(String speakerSlug, SubjectInput.SubjectRef about, EvidentialStatus status,
            PageRequest page) {
        List<String> conditions = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        if (speakerSlug != null) {
            parameters.add(speakerSlug);
            conditions.add("s.speaker.slug = ?" + parameters.size());
        }
        if (about != null) {
            String attribute = subjectAttribute(about.attribute());
            parameters.add(about.slug());
            conditions.add("s.id in (select ss.statement.id from StatementSubject ss where ss." + attribute
                    + ".slug = ?" + parameters.size() + ")");
        }
        if (status != null) {
            parameters.add(status);
            conditions.add("s.evidentialStatus = ?" + parameters.size());
        }
        String where = conditions.isEmpty() ? "" : "where " + String.join(" and ", conditions) + " ";
        return find(STATEMENT + where + "order by s.id", parameters.toArray())
                .range(page.offset(), page.offset() + page.first() - 1)
                .list();
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
