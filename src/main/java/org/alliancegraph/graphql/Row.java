package org.alliancegraph.graphql;

import java.util.function.Function;

/**
 * Reads the columns of one result row in order, for read models that map themselves from a row: each reads the columns
 * its select list named, in that order, and the next model of the same row (a joined reference) goes on from there.
 */
public final class Row {

    private final Object[] values;
    /** Which of the logical columns the row holds ({@link Projection}); null when it holds them all. */
    private final boolean[] read;
    private int next;
    private int column;

    public Row(Object[] values) {
        this(values, null);
    }

    Row(Object[] values, boolean[] read) {
        this.values = values;
        this.read = read;
    }

    /** The next column's value, as the type the caller expects; null for a column the query left out. */
    @SuppressWarnings("unchecked")
    public <T> T next() {
        if (read != null && !read[column++]) {
            return null;
        }
        return (T) values[next++];
    }

    public long nextLong() {
        return this.<Number>next().longValue();
    }

    /** An int column, 0 when the query left it out (a field it did not select, so never shown). */
    public int nextInt() {
        Number value = next();
        return value == null ? 0 : value.intValue();
    }

    /** All the columns, for callers that read them by position. */
    public Object[] columns() {
        return values;
    }

    /**
     * The model of the next {@code width} columns (counted as its projection adds them, read or not), or null when they
     * are those of an outer join that found nothing: their first column, the key, which every projection reads, is
     * null.
     */
    public <T> T nullable(int width, Function<Row, T> model) {
        if (values[next] != null) {
            return model.apply(this);
        }
        for (int i = 0; i < width; i++) {
            if (read == null || read[column + i]) {
                next++;
            }
        }
        column += width;
        return null;
    }

}
