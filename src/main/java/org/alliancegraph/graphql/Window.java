package org.alliancegraph.graphql;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

import org.alliancegraph.common.BadUserInputException;

/**
 * The part of a keyset-paged list a client asks for with Relay's arguments: {@code first} items after the cursor
 * {@code after}, or {@code last} items before the cursor {@code before}.
 *
 * @param limit
 *            how many items the page holds at most
 * @param backward
 *            true for last/before
 * @param boundary
 *            the id the cursor points at, or null from the start (or end) of the list
 */
public record Window(String list, int limit, boolean backward, Long boundary) {

    public static final int MAX_PAGE_SIZE = 100;

    public static Window of(String list, Integer first, String after, Integer last, String before, int defaultSize) {
        if (first != null && last != null) {
            throw new BadUserInputException("give first (with after) or last (with before), not both");
        }
        if (last == null && before != null) {
            throw new BadUserInputException("before goes with last");
        }
        if (last != null && after != null) {
            throw new BadUserInputException("after goes with first");
        }
        boolean backward = last != null;
        int size = backward ? last : first == null ? defaultSize : first;
        String argument = backward ? "last" : "first";
        checkSize(argument, size);
        String cursor = backward ? before : after;
        Long boundary = cursor == null ? null : Cursor.decode(list, cursor, backward ? "before" : "after");
        return new Window(list, size, backward, boundary);
    }

    /** How many items a client may ask for at once: 1 to {@link #MAX_PAGE_SIZE}; BAD_USER_INPUT otherwise. */
    public static int checkSize(String argument, int size) {
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new BadUserInputException(argument + " must be between 1 and " + MAX_PAGE_SIZE + ", was " + size);
        }
        return size;
    }

    /**
     * Whether the query reads ids upwards: for a list in ascending id order when paging forward, or in descending order
     * when paging backward.
     */
    public boolean ascending(boolean listAscending) {
        return listAscending != backward;
    }

    /**
     * Keyset paging for a list ordered by a sort key, then id: adds the condition that starts the page after the
     * boundary row (whose key a subquery reads, so that the cursor stays an id) and returns the order by clause in
     * reading order.
     *
     * @param entity
     *            the entity the list holds, for the boundary subquery
     * @param alias
     *            the list's row alias
     * @param key
     *            the HQL sort key of a row alias, e.g. {@code a -> a + ".name"}; null for a list ordered by id alone
     */
    public String keyset(Conditions where, String entity, String alias, Function<String, String> key,
            boolean listAscending) {
        boolean up = ascending(listAscending);
        String direction = up ? " asc" : " desc";
        String comparison = up ? " > " : " < ";
        String id = alias + ".id";
        if (key == null) {
            if (boundary != null) {
                where.add(id + comparison + "?", boundary);
            }
            return "order by " + id + direction;
        }
        String rowKey = key.apply(alias);
        if (boundary != null) {
            String boundaryKey = "(select " + key.apply("b") + " from " + entity + " b where b.id = ?)";
            where.add("(" + rowKey + comparison + boundaryKey + " or (" + rowKey + " = " + boundaryKey + " and " + id
                    + comparison + "?))", boundary, boundary, boundary);
        }
        return "order by " + rowKey + direction + ", " + id + direction;
    }

    /** Fetch one more than the page holds, to know whether more follow. */
    public int fetchSize() {
        return limit + 1;
    }

    /**
     * Builds the page from what the query read ({@link #fetchSize()} rows at most, in reading order).
     *
     * @param id
     *            the id of a row, for its cursor
     */
    public <T, E> Page<E> page(List<T> rows, Function<T, Long> id, EdgeFactory<T, E> edge) {
        boolean more = rows.size() > limit;
        List<T> kept = more ? rows.subList(0, limit) : rows;
        List<T> ordered = new ArrayList<>(kept);
        if (backward) {
            Collections.reverse(ordered);
        }
        List<E> edges = ordered.stream().map(row -> edge.edge(Cursor.encode(list, id.apply(row)), row)).toList();
        String start = ordered.isEmpty() ? null : Cursor.encode(list, id.apply(ordered.get(0)));
        String end = ordered.isEmpty() ? null : Cursor.encode(list, id.apply(ordered.get(ordered.size() - 1)));
        PageInfo info = backward
                ? new PageInfo(boundary != null, more, start, end)
                : new PageInfo(more, boundary != null, start, end);
        return new Page<>(edges, info);
    }

    public interface EdgeFactory<T, E> {
        E edge(String cursor, T node);
    }

    public record Page<E>(List<E> edges, PageInfo pageInfo) {
    }
}
