package org.alliancegraph.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class BatchesTest {

    record Parent(String key) {
    }

    record Child(String parent, int value) {
    }

    @Test
    void groupsChildrenInTheParentsOrderWithEmptyListsForGaps() {
        List<Parent> parents = List.of(new Parent("b"), new Parent("none"), new Parent("a"));
        List<Child> children = List.of(new Child("a", 1), new Child("b", 2), new Child("a", 3));
        List<List<Child>> grouped = Batches.group(parents, Parent::key, children, Child::parent);
        assertEquals(List.of(List.of(new Child("b", 2)), List.of(), List.of(new Child("a", 1), new Child("a", 3))),
                grouped);
    }

    @Test
    void keysAreDistinctAndSkipNulls() {
        assertEquals(List.of("b", "a"), Batches.keys(List.of(new Parent("b"), new Parent(null), new Parent("a"),
                new Parent("b")), Parent::key));
    }
}
