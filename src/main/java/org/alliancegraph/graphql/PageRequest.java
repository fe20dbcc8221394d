package org.alliancegraph.graphql;

import org.alliancegraph.common.BadUserInputException;

/** A bounded page of a root list: {@code first} items after skipping {@code offset}. */
public record PageRequest(int first, int offset) {

    public static PageRequest of(Integer first, Integer offset, int defaultSize) {
        int size = first == null ? defaultSize : first;
        int skip = offset == null ? 0 : offset;
        Window.checkSize("first", size);
        if (skip < 0) {
            throw new BadUserInputException("offset must not be negative, was " + skip);
        }
        return new PageRequest(size, skip);
    }
}
