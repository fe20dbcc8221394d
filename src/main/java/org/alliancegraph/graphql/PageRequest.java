package org.alliancegraph.graphql;

import org.alliancegraph.common.BadUserInputException;

/** A bounded page of a root list: {@code first} items after skipping {@code offset}. */
public record PageRequest(int first, int offset) {

    public static PageRequest of(Integer first, Integer offset, int defaultSize) {
        int size = first == null ? defaultSize : first;
        int skip = offset == null ? 0 : offset;
        if (size < 1 || size > Window.MAX_PAGE_SIZE) {
            throw new BadUserInputException(
                    "first must be between 1 and " + Window.MAX_PAGE_SIZE + ", was " + size);
        }
        if (skip < 0) {
            throw new BadUserInputException("offset must not be negative, was " + skip);
        }
        return new PageRequest(size, skip);
    }
}
