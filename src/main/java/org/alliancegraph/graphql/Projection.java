package org.alliancegraph.graphql;

import java.util.ArrayList;
import java.util.List;

/**
 * The select list of a read, built column by column by the read models it fills: a column the query did not ask for is
 * left out of the SQL, and the model reads null in its place ({@link #row}). The models read their columns in the order
 * they added them.
 */
public final class Projection {

    private final List<String> expressions = new ArrayList<>();
    private final List<Boolean> read = new ArrayList<>();
    private boolean[] mask;

    /** A column every read of the model needs (its key, the keys of its references). */
    public Projection add(String expression) {
        return add(expression, true);
    }

    /** A column read only when {@code wanted}. */
    public Projection add(String expression, boolean wanted) {
        read.add(wanted);
        if (wanted) {
            expressions.add(expression);
        }
        return this;
    }

    /** How many columns the models added, read or not: the width a row of them takes in {@link Row#nullable}. */
    public int width() {
        return read.size();
    }

    /** The select list, e.g. {@code s.id, s.text}. */
    public String select() {
        return String.join(", ", expressions);
    }

    /** The select list of a derived table (a LATERAL subquery): each column named {@code c0}, {@code c1} ... */
    public String selectNamed() {
        List<String> named = new ArrayList<>(expressions.size());
        for (int i = 0; i < expressions.size(); i++) {
            named.add(expressions.get(i) + " as c" + i);
        }
        return String.join(", ", named);
    }

    /** The columns of the derived table {@code alias} made with {@link #selectNamed}, in order. */
    public String columnsOf(String alias) {
        List<String> columns = new ArrayList<>(expressions.size());
        for (int i = 0; i < expressions.size(); i++) {
            columns.add(alias + ".c" + i);
        }
        return String.join(", ", columns);
    }

    /** The column of the derived table {@code alias} that holds {@code expression}. */
    public String columnOf(String alias, String expression) {
        int index = expressions.indexOf(expression);
        if (index < 0) {
            throw new IllegalArgumentException("not selected: " + expression);
        }
        return alias + ".c" + index;
    }

    /** A result row of this projection, read in the order the models added their columns. */
    public Row row(Object[] values) {
        if (mask == null) {
            boolean[] columns = new boolean[read.size()];
            for (int i = 0; i < columns.length; i++) {
                columns[i] = read.get(i);
            }
            mask = columns;
        }
        return new Row(values, mask);
    }
}
