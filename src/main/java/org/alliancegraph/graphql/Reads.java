package org.alliancegraph.graphql;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.reactive.mutiny.Mutiny;

import io.smallrye.mutiny.Uni;

/**
 * Runs the read side's queries: each on a stateless session of its own, opened for the query and closed when it
 * completes, with every row mapped once into a read model. No persistence context, no managed entities, no dirty
 * checking.
 *
 * <p>
 * Why a session per query: SmallRye GraphQL resolves sibling fields concurrently on one Vert.x context (aliased root
 * fields, several batched lists on one type), and a session kept in that context (as Panache keeps its own) would be
 * shared by them and fail ("Illegal pop() with non-matching JdbcValuesSourceProcessingState"; Quarkus issue 32870). A
 * session opened here is held by nobody else, needs no context of its own, and so keeps the request's trace.
 *
 * <p>
 * Writes do not come here: they run in Panache transactions.
 */
@ApplicationScoped
public class Reads {

    private final Mutiny.SessionFactory sessions;

    Reads(Mutiny.SessionFactory sessions) {
        this.sessions = sessions;
    }

    /** Rows of an HQL selection (parameters ?1, ?2 ...), each mapped from its select items in order. */
    public <T> Uni<List<T>> list(String hql, Function<Row, T> row, Object... parameters) {
        return list(hql, null, row, parameters);
    }

    private <T> Uni<List<T>> list(String hql, Projection projection, Function<Row, T> row, Object... parameters) {
        return withSession(session -> {
            var query = session.createSelectionQuery(hql, Object[].class);
            for (int i = 0; i < parameters.length; i++) {
                query.setParameter(i + 1, parameters[i]);
            }
            return query.getResultList();
        }).map(rows -> map(rows, projection, row));
    }

    /**
     * Rows of an HQL selection whose select list is {@code projection}'s, each read as the projection says (columns it
     * left out read as null).
     */
    public <T> Uni<List<T>> list(Projection projection, String hql, Function<Row, T> row, Object... parameters) {
        return list(hql, projection, row, parameters);
    }

    /** The first row of an HQL selection whose select list is {@code projection}'s; null when there is none. */
    public <T> Uni<T> first(Projection projection, String hql, Function<Row, T> row, Object... parameters) {
        return list(hql, projection, row, parameters).map(rows -> rows.isEmpty() ? null : rows.get(0));
    }

    /** The first row of an HQL selection, mapped; null when there is none. */
    public <T> Uni<T> first(String hql, Function<Row, T> row, Object... parameters) {
        return list(hql, row, parameters).map(rows -> rows.isEmpty() ? null : rows.get(0));
    }

    /** Rows of a native SQL query (parameters ?1, ?2 ...), each mapped from its columns in order. */
    public <T> Uni<List<T>> nativeList(String sql, Function<Row, T> row, Object... parameters) {
        return withSession(session -> {
            var query = session.createNativeQuery(sql, Object[].class);
            for (int i = 0; i < parameters.length; i++) {
                query.setParameter(i + 1, parameters[i]);
            }
            return query.getResultList();
        }).map(rows -> map(rows, null, row));
    }

    private <R> Uni<R> withSession(Function<Mutiny.StatelessSession, Uni<R>> work) {
        return sessions.openStatelessSession()
                .chain(session -> Uni.createFrom().deferred(() -> work.apply(session))
                        .eventually(session::close));
    }

    private static <T> List<T> map(List<Object[]> rows, Projection projection, Function<Row, T> row) {
        List<T> mapped = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            mapped.add(row.apply(projection == null ? new Row(r) : projection.row(r)));
        }
        return mapped;
    }
}
