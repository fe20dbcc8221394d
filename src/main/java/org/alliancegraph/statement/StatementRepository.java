package org.alliancegraph.statement;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import org.alliancegraph.graphql.Node;
import org.alliancegraph.graphql.NodeReader;
import org.alliancegraph.graphql.Projection;
import org.alliancegraph.graphql.Reads;
import org.alliancegraph.graphql.Row;
import org.alliancegraph.graphql.Window;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class StatementRepository implements PanacheRepository<Statement>, NodeReader {

    /**
     * Takes the lock that every write of statements takes first, until its transaction ends (migration V8): loaders
     * across replicas, ingests and statement mutations run one at a time, so that the rollup rows they change never
     * wait for each other in a circle.
     */
    public static final String WRITE_LOCK = "select alliance_write_lock()";

    private final Reads reads;

    StatementRepository(Reads reads) {
        this.reads = reads;
    }

    /** The statement to change, for writes: after the write lock, in the caller's transaction. */
    public Uni<Statement> findBySlug(String slug) {
        return getSession().chain(session -> session.createNativeQuery(WRITE_LOCK).getSingleResult())
                .chain(() -> find("slug", slug).firstResult());
    }

    public Uni<StatementView> bySlug(String slug, StatementView.Shape shape) {
        Projection columns = StatementView.project(new Projection(), "s", shape);
        return reads.first(columns, select(columns, shape) + "where s.slug = ?1", row -> StatementView.from(row, shape),
                slug);
    }

    public Uni<StatementView> byKey(long key, StatementView.Shape shape) {
        Projection columns = StatementView.project(new Projection(), "s", shape);
        return reads.first(columns, select(columns, shape) + "where s.id = ?1", row -> StatementView.from(row, shape),
                key);
    }

    /**
     * The statements with these keys, in no particular order, with their speakers: a batched reference to statements
     * cannot tell what each of its parents selected, and a join on the primary key costs less than a second statement.
     */
    public Uni<List<StatementView>> byKeys(List<Long> keys) {
        return reads.list(select(StatementView.Shape.ALL) + "where s.id in ?1",
                row -> StatementView.from(row, StatementView.Shape.ALL), keys);
    }

    @Override
    public Map<String, Function<Long, Uni<? extends Node>>> nodeTypes() {
        return Map.of("Statement", this::read, "StatementSubject", key -> reads.first("select "
                + StatementSubjectView.select("x") + " from StatementSubject x " + StatementSubjectView.joins("x")
                + "where x.id = ?1", StatementSubjectView::from, key));
    }

    public Uni<StatementView> read(long key) {
        return byKey(key, StatementView.Shape.ALL);
    }

    /**
     * Reads a window of the filtered statements by keyset on id: {@link Window#fetchSize()} rows from the window's
     * boundary, in reading order.
     */
    public Uni<List<StatementView>> page(StatementFilter filter, StatementOrder order, Window window,
            StatementView.Shape shape) {
        Where where = windowed(filter, order, window);
        boolean ascending = window.ascending(order != StatementOrder.NEWEST_FIRST);
        String limit = where.parameter(window.fetchSize());
        Projection columns = StatementView.project(new Projection(), "s", shape);
        return reads.list(columns, select(columns, shape) + where.hql() + "order by s.id "
                + (ascending ? "asc" : "desc") + " limit " + limit, row -> StatementView.from(row, shape),
                where.parameters());
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
     * One window of statements about each parent (a subject of this kind), in one SQL statement: a LATERAL subquery
     * reads each parent's first rows from the (parent, statement) index, with the columns and joins of the shape. Rows
     * carry the subject entry's stance and are grouped by parent.
     */
    public Uni<List<PageRow>> pagesAbout(SubjectKind kind, List<Long> parentIds, StatementFilter filter,
            StatementOrder order, Window window, StatementView.Shape shape) {
        Projection columns = new Projection().add("p.id").add("x.stance");
        StatementView.project(columns, "s", shape);
        return lateralPages(columns, "StatementSubject x join x.statement s", "x." + kind.attribute(), kind.entity(),
                parentIds, filter, order, window, shape,
                row -> new PageRow(row.nextLong(), row.next(), StatementView.from(row, shape)));
    }

    /** One window of the statements of each parent (their speaker or event), in one SQL statement. */
    Uni<List<PageRow>> pagesOf(StatementOwner owner, List<Long> parentIds, StatementFilter filter,
            StatementOrder order, Window window, StatementView.Shape shape) {
        Projection columns = new Projection().add("p.id");
        StatementView.project(columns, "s", shape);
        return lateralPages(columns, "Statement s", "s." + owner.attribute(), owner.entity(), parentIds, filter, order,
                window, shape, row -> new PageRow(row.nextLong(), null,
                        StatementView.from(row, shape)));
    }

    /**
     * For each parent {@code p} (of {@code entity}, in {@code parentIds}), the first {@link Window#fetchSize()} rows of
     * {@code rows} (statement alias {@code s}) whose {@code owner} is it and that pass the filter, in statement id
     * order: a LATERAL subquery per parent that reads the projection's {@code columns} (the first of them
     * {@code p.id}); grouped by parent.
     */
    private <T> Uni<List<T>> lateralPages(Projection columns, String rows, String owner, String entity,
            List<Long> parentIds, StatementFilter filter, StatementOrder order, Window window,
            StatementView.Shape shape, Function<Row, T> mapper) {
        String direction = window.ascending(order != StatementOrder.NEWEST_FIRST) ? "asc" : "desc";
        Where where = windowed(filter, order, window);
        where.add(owner + " = p");
        String limit = where.parameter(window.fetchSize());
        String parents = where.parameter(parentIds);
        return reads.list(columns, "select " + columns.columnsOf("page") + " from " + entity + " p join lateral "
                + "(select " + columns.selectNamed() + " from " + rows + " " + shape.clause("s") + where.hql()
                + "order by s.id " + direction + " limit " + limit + ") page where p.id in " + parents + " order by "
                + columns.columnOf("page", "p.id") + ", " + columns.columnOf("page", "s.id") + " " + direction, mapper,
                where.parameters());
    }

    private static String select(StatementView.Shape shape) {
        return select(StatementView.project(new Projection(), "s", shape), shape);
    }

    private static String select(Projection columns, StatementView.Shape shape) {
        return "select " + columns.select() + " from Statement s " + shape.clause("s");
    }

    /** How many filtered statements are about each parent: rows of (parent id, count). */
    public Uni<List<Object[]>> countsAbout(SubjectKind kind, List<Long> parentIds, StatementFilter filter) {
        String a = kind.attribute();
        Where where = Where.of(filter);
        where.add("x." + a + ".id in ?", parentIds);
        return reads.list("select x." + a + ".id, count(distinct s.id) from StatementSubject x join x.statement s "
                + where.hql() + "group by x." + a + ".id", Row::columns, where.parameters());
    }

    /** How many filtered statements each parent made or hosted: rows of (parent id, count). */
    Uni<List<Object[]>> countsOf(StatementOwner owner, List<Long> parentIds, StatementFilter filter) {
        String a = owner.attribute();
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
