package org.alliancegraph.statement;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.alliancegraph.graphql.Conditions;
import org.alliancegraph.graphql.Queries;
import org.alliancegraph.graphql.Window;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class StatementRepository implements PanacheRepository<Statement> {

    /** Statements come with speaker, role and event: every view of a statement shows who spoke. */
    private static final String STATEMENT = "from Statement s join fetch s.speaker left join fetch s.speakerRole "
            + "left join fetch s.event ";

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
        Where where = windowed(filter, order, window);
        boolean ascending = window.ascending(order != StatementOrder.NEWEST_FIRST);
        return find(STATEMENT + where.hql() + "order by s.id " + (ascending ? "asc" : "desc"),
                where.parameters())
                .range(0, window.fetchSize() - 1)
                .list();
    }

    /** How many statements the filter lets through. */
    public Uni<Long> count(StatementFilter filter) {
        Where where = Where.of(filter);
        return count("from Statement s " + where.hql(), where.parameters());
    }

    /**
     * One window of statements about each parent (attribute "alliance", "mission", "actor", "event" or "topic"), in one
     * SQL statement: a LATERAL subquery reads each parent's first rows from the (parent, statement) index. Rows are
     * subject entries (they carry the stance), grouped by parent.
     */
    public Uni<List<StatementSubject>> pagesAbout(String attribute, List<Long> parentIds, StatementFilter filter,
            StatementOrder order, Window window) {
        return lateralPages(StatementSubject.class, "from StatementSubject edge join fetch edge.statement st "
                + "join fetch st.speaker left join fetch st.speakerRole left join fetch st.event ", "edge",
                "StatementSubject x join x.statement s", "x", Where.subjectAttribute(attribute), parentIds, filter,
                order, window);
    }

    /** One window of the statements of each parent (attribute "speaker" or "event"), in one SQL statement. */
    public Uni<List<Statement>> pagesOf(String attribute, List<Long> parentIds, StatementFilter filter,
            StatementOrder order, Window window) {
        return lateralPages(Statement.class, "from Statement st join fetch st.speaker left join fetch st.speakerRole "
                + "left join fetch st.event ", "st", "Statement s", "s", Where.ownerAttribute(attribute), parentIds,
                filter, order, window);
    }

    /**
     * Rows of {@code fetch} (whose row alias is {@code alias} and statement alias {@code st}) whose ids a LATERAL
     * subquery over {@code rows} (row alias {@code row}, statement alias {@code s}) picks per parent: the first
     * {@link Window#fetchSize()} rows that pass the filter, ordered by statement id; grouped by parent.
     */
    private static <T> Uni<List<T>> lateralPages(Class<T> type, String fetch, String alias, String rows, String row,
            String attribute, List<Long> parentIds, StatementFilter filter, StatementOrder order, Window window) {
        String direction = window.ascending(order != StatementOrder.NEWEST_FIRST) ? "asc" : "desc";
        Where where = windowed(filter, order, window);
        where.add(row + "." + attribute + " = p");
        String limit = where.parameter(window.fetchSize());
        String parents = where.parameter(parentIds);
        return Queries.list(type, fetch + "where " + alias + ".id in (select page.id from " + entityOf(attribute)
                + " p join lateral (select " + row + ".id as id from " + rows + " " + where.hql() + "order by s.id "
                + direction + " limit " + limit + ") page where p.id in " + parents + ") "
                + "order by " + alias + "." + attribute + ".id, st.id " + direction, where.parameters());
    }

    /** The entity a statement or subject attribute points at. */
    private static String entityOf(String attribute) {
        return switch (attribute) {
            case "speaker", "actor" -> "Actor";
            case "alliance" -> "Alliance";
            case "mission" -> "Mission";
            case "event" -> "Event";
            case "topic" -> "Topic";
            default -> throw new IllegalArgumentException("no entity for " + attribute);
        };
    }

    /** How many filtered statements are about each parent: rows of (parent id, count). */
    public Uni<List<Object[]>> countsAbout(String attribute, List<Long> parentIds, StatementFilter filter) {
        String a = Where.subjectAttribute(attribute);
        Where where = Where.of(filter);
        where.add("x." + a + ".id in ?", parentIds);
        return Queries.list(Object[].class, "select x." + a + ".id, count(distinct s.id) from StatementSubject x "
                + "join x.statement s " + where.hql() + "group by x." + a + ".id", where.parameters());
    }

    /** How many filtered statements each parent made or hosted: rows of (parent id, count). */
    public Uni<List<Object[]>> countsOf(String attribute, List<Long> parentIds, StatementFilter filter) {
        String a = Where.ownerAttribute(attribute);
        Where where = Where.of(filter);
        where.add("s." + a + ".id in ?", parentIds);
        return Queries.list(Object[].class, "select s." + a + ".id, count(s.id) from Statement s " + where.hql()
                + "group by s." + a + ".id", where.parameters());
    }

    private static Where windowed(StatementFilter filter, StatementOrder order, Window window) {
        Where where = Where.of(filter);
        if (window.boundary() != null) {
            boolean ascending = window.ascending(order != StatementOrder.NEWEST_FIRST);
            where.add("s.id " + (ascending ? ">" : "<") + " ?", window.boundary());
        }
        return where;
    }

    /** The subjects of the statements, with whatever each one names. */
    public Uni<List<StatementSubject>> subjects(List<Long> statementIds) {
        return Queries.list(StatementSubject.class, "from StatementSubject ss left join fetch ss.alliance "
                + "left join fetch ss.mission left join fetch ss.actor left join fetch ss.event "
                + "left join fetch ss.topic where ss.statement.id in ?1 order by ss.statement.id, ss.id",
                statementIds);
    }

    public Uni<List<Report>> reportsOfStatements(List<Long> statementIds) {
        return Queries.list(Report.class, "from Report r join fetch r.excerpt left join fetch r.reportedBy "
                + "where r.statement.id in ?1 order by r.statement.id, r.id", statementIds);
    }

    /**
     * One window of the reports of each document, in the order of their excerpts in the text, in one SQL statement (a
     * LATERAL subquery per document); grouped by document.
     */
    public Uni<List<Report>> reportPages(List<Long> documentIds, Window window) {
        Conditions where = new Conditions();
        where.add("x.document = p");
        String order = window.keyset(where, "Report", "x", r -> r + ".excerpt.start", true);
        String limit = where.parameter(window.fetchSize());
        String documents = where.parameter(documentIds);
        return Queries.list(Report.class, "from Report r join fetch r.excerpt left join fetch r.reportedBy "
                + "join fetch r.statement s join fetch s.speaker where r.id in (select page.id from SourceDocument p "
                + "join lateral (select x.id as id from Report x " + where.hql() + order + " limit " + limit
                + ") page where p.id in " + documents + ") order by r.document.id, r.excerpt.start, r.id",
                where.parameters());
    }

    /** How many reports each document holds: rows of (document id, count). */
    public Uni<List<Object[]>> reportCounts(List<Long> documentIds) {
        return Queries.list(Object[].class, "select r.document.id, count(r.id) from Report r "
                + "where r.document.id in ?1 group by r.document.id", documentIds);
    }

    public Uni<List<ReportCitation>> citations(List<Long> reportIds) {
        return Queries.list(ReportCitation.class, "from ReportCitation c join fetch c.actor "
                + "where c.report.id in ?1 order by c.report.id, c.position", reportIds);
    }

}
