package org.alliancegraph.graphql;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.smallrye.mutiny.Uni;

/**
 * Shapes the result of one batched query into what a {@code @Source List<Parent>} resolver returns: one entry per
 * parent, in the parents' order.
 */
public final class Batches {

    private Batches() {
    }

    /** The distinct, non-null keys of the parents, in first-seen order: the parameter of the batch query. */
    public static <P, K> List<K> keys(Collection<P> parents, Function<P, K> key) {
        LinkedHashSet<K> keys = new LinkedHashSet<>();
        for (P parent : parents) {
            K k = key.apply(parent);
            if (k != null) {
                keys.add(k);
            }
        }
        return List.copyOf(keys);
    }

    /**
     * One list per parent: the children whose {@code childKey} equals the parent's {@code parentKey}, in the order the
     * query returned them. A parent without children gets an empty list.
     */
    public static <P, C, K> List<List<C>> group(List<P> parents, Function<P, K> parentKey, List<C> children,
            Function<C, K> childKey) {
        Map<K, List<C>> byKey = new HashMap<>();
        for (C child : children) {
            byKey.computeIfAbsent(childKey.apply(child), k -> new ArrayList<>()).add(child);
        }
        List<List<C>> result = new ArrayList<>(parents.size());
        for (P parent : parents) {
            result.add(List.copyOf(byKey.getOrDefault(parentKey.apply(parent), List.of())));
        }
        return result;
    }

    /**
     * One referenced record per parent, loaded for all parents at once: {@code load} gets the distinct non-null keys
     * (and is not called when there are none) and returns the records it found, in any order; a parent whose key is
     * null or not found gets null.
     */
    public static <P, T> Uni<List<T>> toOne(List<P> parents, Function<P, Long> reference,
            Function<List<Long>, Uni<List<T>>> load, Function<T, Long> key) {
        List<Long> keys = keys(parents, reference);
        if (keys.isEmpty()) {
            return Uni.createFrom().item(Collections.nCopies(parents.size(), null));
        }
        return load.apply(keys).map(found -> {
            Map<Long, T> byKey = new HashMap<>();
            found.forEach(target -> byKey.put(key.apply(target), target));
            List<T> result = new ArrayList<>(parents.size());
            for (P parent : parents) {
                Long k = reference.apply(parent);
                result.add(k == null ? null : byKey.get(k));
            }
            return result;
        });
    }

    /**
     * As {@link #toOne(List, Function, Function, Function)}, for a reference that the query which read the parents
     * joined when it could ({@code joined}, null when it did not): only the targets not joined are loaded, in one
     * statement, and none when all were.
     */
    public static <P, T> Uni<List<T>> toOne(List<P> parents, Function<P, Long> reference, Function<P, T> joined,
            Function<List<Long>, Uni<List<T>>> load, Function<T, Long> key) {
        List<P> missing = new ArrayList<>();
        for (P parent : parents) {
            if (joined.apply(parent) == null && reference.apply(parent) != null) {
                missing.add(parent);
            }
        }
        Uni<List<T>> loaded = missing.isEmpty()
                ? Uni.createFrom().item(List.of())
                : toOne(missing, reference, load, key);
        return loaded.map(targets -> {
            Map<Long, T> byKey = new HashMap<>();
            for (int i = 0; i < missing.size(); i++) {
                byKey.put(reference.apply(missing.get(i)), targets.get(i));
            }
            List<T> result = new ArrayList<>(parents.size());
            for (P parent : parents) {
                T target = joined.apply(parent);
                result.add(target != null ? target : byKey.get(reference.apply(parent)));
            }
            return result;
        });
    }

    /**
     * Counts per id from rows of (id, count) that a GROUP BY returned, in the ids' order; 0 for an id without a row.
     */
    public static List<Long> counts(List<Long> ids, List<Object[]> rows) {
        Map<Long, Long> counts = new HashMap<>();
        rows.forEach(row -> counts.put((Long) row[0], ((Number) row[1]).longValue()));
        return ids.stream().map(id -> counts.getOrDefault(id, 0L)).toList();
    }
}
