package org.alliancegraph.graphql;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.alliancegraph.common.DomainEntity;
import org.hibernate.Hibernate;
import org.hibernate.proxy.HibernateProxy;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Resolves a to-one reference for a batch of parents. Repositories join-fetch the references a type usually needs, so
 * most calls issue no SQL at all; references that were not fetched are loaded together in one statement.
 */
public final class References {

    private References() {
    }

    public static <P, T extends DomainEntity> Uni<List<T>> resolve(List<P> parents, Function<P, T> reference,
            Class<T> type) {
        Set<Long> missing = new LinkedHashSet<>();
        for (P parent : parents) {
            T target = reference.apply(parent);
            if (target != null && !Hibernate.isInitialized(target)) {
                missing.add(idOf(target));
            }
        }
        if (missing.isEmpty()) {
            return Uni.createFrom().item(targets(parents, reference, Map.of()));
        }
        return Panache.getSession()
                .chain(session -> session.find(type, missing.toArray()))
                .map(found -> {
                    Map<Long, T> byId = new HashMap<>();
                    for (T target : found) {
                        if (target != null) {
                            byId.put(target.id, target);
                        }
                    }
                    return targets(parents, reference, byId);
                });
    }

    /** The id of an entity or of a reference to one, without loading it. */
    public static Long idOf(DomainEntity entity) {
        if (entity == null) {
            return null;
        }
        if (entity instanceof HibernateProxy proxy) {
            return (Long) proxy.getHibernateLazyInitializer().getIdentifier();
        }
        return entity.id;
    }

    private static <P, T extends DomainEntity> List<T> targets(List<P> parents, Function<P, T> reference,
            Map<Long, T> loaded) {
        List<T> result = new ArrayList<>(parents.size());
        for (P parent : parents) {
            T target = reference.apply(parent);
            result.add(target == null || Hibernate.isInitialized(target) ? target : loaded.get(idOf(target)));
        }
        return result;
    }
}
