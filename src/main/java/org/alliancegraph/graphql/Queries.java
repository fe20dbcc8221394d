package org.alliancegraph.graphql;

import java.util.List;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Runs queries on the current session: HQL selections for repositories that read types other than their own entity, and
 * native SQL where PostgreSQL does what HQL cannot (full-text search, trigram similarity, date buckets).
 */
public final class Queries {

    private Queries() {
    }

    public static <T> Uni<List<T>> list(Class<T> type, String hql, Object... parameters) {
        return Panache.getSession().chain(session -> {
            var query = session.createSelectionQuery(hql, type);
            for (int i = 0; i < parameters.length; i++) {
                query.setParameter(i + 1, parameters[i]);
            }
            return query.getResultList();
        });
    }

    /** Rows of a native SQL query, each an {@code Object[]} of its columns; parameters are ?1, ?2 ... */
    @SuppressWarnings("unchecked")
    public static Uni<List<Object[]>> nativeRows(String sql, Object... parameters) {
        return Panache.getSession().chain(session -> {
            var query = session.createNativeQuery(sql, Object[].class);
            for (int i = 0; i < parameters.length; i++) {
                query.setParameter(i + 1, parameters[i]);
            }
            return query.getResultList();
        });
    }
}
