package org.alliancegraph.graphql;

import java.util.Set;
import java.util.TreeSet;

/**
 * The fields a query selects on one record (their GraphQL names), so that a read fetches only the columns they show;
 * {@link #ALL} for readers that cannot tell (batched references).
 */
public final class Fields {

    public static final Fields ALL = new Fields(null);

    /** Null for all fields. */
    private final Set<String> names;

    private Fields(Set<String> names) {
        this.names = names;
    }

    public static Fields of(Set<String> names) {
        return new Fields(new TreeSet<>(names));
    }

    public boolean has(String field) {
        return names == null || names.contains(field);
    }

    /** Stable: two requests that select the same fields give the same text (a batch key). */
    @Override
    public String toString() {
        return names == null ? "*" : String.join(",", names);
    }
}
