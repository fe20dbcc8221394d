package org.alliancegraph.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.smallrye.mutiny.Uni;

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

    record Item(Long target, String joined) {
    }

    record Target(long key, String name) {
    }

    @Test
    void toOneLoadsTheTargetsOnceForAllParentsAndNullsForMissingOnes() {
        List<List<Long>> loads = new ArrayList<>();
        List<Item> parents = List.of(new Item(2L, null), new Item(null, null), new Item(1L, null), new Item(2L, null),
                new Item(9L, null));
        List<Target> targets = Batches.toOne(parents, Item::target, keys -> {
            loads.add(keys);
            return Uni.createFrom().item(List.of(new Target(1, "one"), new Target(2, "two")));
        }, Target::key).await().indefinitely();
        assertEquals(List.of(List.of(2L, 1L, 9L)), loads, "one load, distinct keys in first-seen order");
        assertEquals(Arrays.asList(new Target(2, "two"), null, new Target(1, "one"), new Target(2, "two"), null),
                targets);
    }

    @Test
    void toOneLoadsOnlyWhatTheParentsQueryDidNotJoin() {
        List<List<Long>> loads = new ArrayList<>();
        List<Item> parents = List.of(new Item(1L, "joined one"), new Item(2L, null), new Item(3L, "joined three"));
        List<String> names = Batches.toOne(parents, Item::target, Item::joined, keys -> {
            loads.add(keys);
            return Uni.createFrom().item(keys.stream().map(key -> "loaded " + key).toList());
        }, name -> Long.valueOf(name.substring("loaded ".length()))).await().indefinitely();
        assertEquals(List.of(List.of(2L)), loads);
        assertEquals(List.of("joined one", "loaded 2", "joined three"), names);
        Batches.toOne(List.of(new Item(1L, "joined")), Item::target, Item::joined, keys -> {
            throw new AssertionError("nothing to load");
        }, name -> 0L).await().indefinitely();
    }

    @Test
    void keysAreDistinctAndSkipNulls() {
        assertEquals(List.of("b", "a"), Batches.keys(List.of(new Parent("b"), new Parent(null), new Parent("a"),
                new Parent("b")), Parent::key));
    }
}
