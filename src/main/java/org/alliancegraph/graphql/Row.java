package org.alliancegraph.graphql;

import java.util.function.Function;

/**
 * Reads the columns of one result row in order, for read models that map themselves from a row: each reads the columns
 * its select list named, in that order, and the next model of the same row (a joined reference) goes on from there.
 */
public final class Row {

    private final Object[] values;
    private int next;

    public Row(Object[] values) {
        this.values = values;
    }

    /** The next column's value, as the type the caller expects. */
    @SuppressWarnings("unchecked")
    public <T> T next() {
        return (T) values[next++];
    }

    public long nextLong() {
        return ((Number) values[next++]).longValue();
    }

    public int nextInt() {
        return ((Number) values[next++]).intValue();
    }

    /** All the columns, for callers that read them by position. */
    public Object[] columns() {
        return values;
    }

    /**
     * The model of the next {@code width} columns, or null when they are those of an outer join that found nothing (its
     * first column, the key, is null).
     */
    public <T> T nullable(int width, Function<Row, T> read) {
        if (values[next] == null) {
            next += width;
            return null;
        }
        return read.apply(this);
    }

}
