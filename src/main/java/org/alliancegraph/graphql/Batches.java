package org.alliancegraph.graphql;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.alliancegraph.common.DomainEntity;

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

    /** The ids of the parents. */
    public static <P extends DomainEntity> List<Long> ids(Collection<P> parents) {
        return keys(parents, p -> p.id);
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
     * Counts per id from rows of (id, count) that a GROUP BY returned, in the ids' order; 0 for an id without a row.
     */
    public static List<Long> counts(List<Long> ids, List<Object[]> rows) {
        Map<Long, Long> counts = new HashMap<>();
        rows.forEach(row -> counts.put((Long) row[0], ((Number) row[1]).longValue()));
        return ids.stream().map(id -> counts.getOrDefault(id, 0L)).toList();
    }
}
