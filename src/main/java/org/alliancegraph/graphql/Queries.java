package org.alliancegraph.graphql;

import java.util.List;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/** Runs an HQL selection on the current session, for repositories that read types other than their own entity. */
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
}
