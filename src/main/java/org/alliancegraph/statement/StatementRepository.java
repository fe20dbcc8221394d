package org.alliancegraph.statement;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import org.alliancegraph.graphql.Node;
import org.alliancegraph.graphql.NodeReader;
import org.alliancegraph.graphql.Reads;
import org.alliancegraph.graphql.Row;
import org.alliancegraph.graphql.Window;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class StatementRepository implements PanacheRepository<Statement>, NodeReader {

    private final Reads reads;

    StatementRepository(Reads reads) {
        this.reads = reads;
    }

    /** The statement to change, for writes. */
    public Uni<Statement> findBySlug(String slug) {
        return find("slug", slug).firstResult();
    }

    public Uni<StatementView> bySlug(String slug, StatementView.Joins joins) {
        return reads.first(select(joins) + "where s.slug = ?1", row -> StatementView.from(row, joins), slug);
    }

    public Uni<StatementView> byKey(long key, StatementView.Joins joins) {
        return reads.first(select(joins) + "where s.id = ?1", row -> StatementView.from(row, joins), key);
    }

    /**
     * The statements with these keys, in no particular order, with their speakers: a batched reference to statements
     * cannot tell what each of its parents selected, and a join on the primary key costs less than a second statement.
     */
    public Uni<List<StatementView>> byKeys(List<Long> keys) {
        return reads.list(select(StatementView.Joins.ALL) + "where s.id in ?1",
                row -> StatementView.from(row, StatementView.Joins.ALL), keys);
    }

    @Override
    public Map<String, Function<Long, Uni<? extends Node>>> nodeTypes() {
        return Map.of("Statement", this::read, "StatementSubject", key -> reads.first("select "
                + StatementSubjectView.select("x") + " from StatementSubject x " + StatementSubjectView.joins("x")
                + "where x.id = ?1", StatementSubjectView::from, key));
    }

    public Uni<StatementView> read(long key) {
        return byKey(key, StatementView.Joins.ALL);
    }

    /**
     * Reads a window of the filtered statements by keyset on id: {@link Window#fetchSize()} rows from the window's
     * boundary, in reading order.
     */
    public Uni<List<StatementView>> page(StatementFilter filter, StatementOrder order, Window window,
            StatementView.Joins joins) {
        Where where = windowed(filter, order, window);
        boolean ascending = window.ascending(order != StatementOrder.NEWEST_FIRST);
        String limit = where.parameter(window.fetchSize());
        return reads.list(select(joins) + where.hql() + "order by s.id " + (ascending ? "asc" : "desc")
                + " limit " + limit, row -> StatementView.from(row, joins), where.parameters());
    }

    /** How many statements the filter lets through. */
    public Uni<Long> count(StatementFilter filter) {
        Where where = Where.of(filter);
        return reads.first("select count(s) from Statement s " + where.hql(), Row::nextLong,
                where.parameters());
    }

    /** A statement of a nested page: the parent whose page it is in, and the speaker's stance in a subject's page. */
    public record PageRow(long parent, Stance stance, StatementView statement) {
    }

    /**
     * One window of statements about each parent (attribute "alliance", "mission", "actor", "event" or "topic"), in one
     * SQL statement: a LATERAL subquery reads each parent's first rows from the (parent, statement) index. Rows carry
     * the subject entry's stance and are grouped by parent.
     */
    public Uni<List<PageRow>> pagesAbout(String attribute, List<Long> parentIds, StatementFilter filter,
            StatementOrder order, Window window, StatementView.Joins joins) {
        String parent = "edge." + Where.subjectAttribute(attribute) + ".id";
        return lateralPages("select " + parent + ", edge.stance, " + StatementView.select("st", joins)
                + " from StatementSubject edge join edge.statement st " + joins.clause("st"), parent,
                "edge", "StatementSubject x join x.statement s", "x", Where.subjectAttribute(attribute), parentIds,
                filter, order, window, row -> {
                    return new PageRow(row.nextLong(), row.next(), StatementView.from(row, joins));
                });
    }

    /** One window of the statements of each parent (attribute "speaker" or "event"), in one SQL statement. */
    public Uni<List<PageRow>> pagesOf(String attribute, List<Long> parentIds, StatementFilter filter,
            StatementOrder order, Window window, StatementView.Joins joins) {
        String parent = "st." + Where.ownerAttribute(attribute) + ".id";
        return lateralPages("select " + parent + ", " + StatementView.select("st", joins) + " from Statement st "
                + joins.clause("st"), parent, "st", "Statement s", "s",
                Where.ownerAttribute(attribute), parentIds, filter, order, window, row -> {
                    return new PageRow(row.nextLong(), null, StatementView.from(row, joins));
                });
    }

    /**
     * Rows of {@code select} (whose row alias is {@code alias} and statement alias {@code st}) whose ids a LATERAL
     * subquery over {@code rows} (row alias {@code row}, statement alias {@code s}) picks per parent: the first
     * {@link Window#fetchSize()} rows that pass the filter, ordered by statement id; grouped by parent.
     */
    private <T> Uni<List<T>> lateralPages(String select, String parent, String alias, String rows, String row,
            String attribute, List<Long> parentIds, StatementFilter filter, StatementOrder order, Window window,
            Function<Row, T> mapper) {
        String direction = window.ascending(order != StatementOrder.NEWEST_FIRST) ? "asc" : "desc";
        Where where = windowed(filter, order, window);
        where.add(row + "." + attribute + " = p");
        String limit = where.parameter(window.fetchSize());
        String parents = where.parameter(parentIds);
        return reads.list(select + "where " + alias + ".id in (select page.id from " + entityOf(attribute)
                + " p join lateral (select " + row + ".id as id from " + rows + " " + where.hql() + "order by s.id "
                + direction + " limit " + limit + ") page where p.id in " + parents + ") "
                + "order by " + parent + ", st.id " + direction, mapper, where.parameters());
    }

    private static String select(StatementView.Joins joins) {
        return "select " + StatementView.select("s", joins) + " from Statement s " + joins.clause("s");
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
        return reads.list("select x." + a + ".id, count(distinct s.id) from StatementSubject x join x.statement s "
                + where.hql() + "group by x." + a + ".id", Row::columns, where.parameters());
    }

    /** How many filtered statements each parent made or hosted: rows of (parent id, count). */
    public Uni<List<Object[]>> countsOf(String attribute, List<Long> parentIds, StatementFilter filter) {
        String a = Where.ownerAttribute(attribute);
        Where where = Where.of(filter);
        where.add("s." + a + ".id in ?", parentIds);
        return reads.list("select s." + a + ".id, count(s.id) from Statement s " + where.hql() + "group by s." + a
                + ".id", Row::columns, where.parameters());
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
    public Uni<List<StatementSubjectView>> subjects(List<Long> statementIds) {
        return reads.list("select " + StatementSubjectView.select("x") + " from StatementSubject x "
                + StatementSubjectView.joins("x") + "where x.statement.id in ?1 order by x.statement.id, x.id",
                StatementSubjectView::from, statementIds);
    }
}
