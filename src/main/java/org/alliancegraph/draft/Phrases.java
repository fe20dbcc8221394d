package org.alliancegraph.draft;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Phrases to find in a text's tokens, each with a value: looked up by their first word, the longest that matches wins.
 */
final class Phrases<V> {

    /** A phrase found: its value and the tokens it covers, {@code from} inclusive, {@code to} exclusive. */
    record Match<V>(V value, int from, int to) {
    }

    private record Entry<V>(String[] keys, V value) {
    }

    private final Map<String, List<Entry<V>>> byFirst = new HashMap<>();

    void add(String phrase, V value) {
        String key = Tokenizer.key(phrase);
        if (key.isEmpty()) {
            return;
        }
        String[] keys = key.split(" ");
        byFirst.computeIfAbsent(keys[0], k -> new ArrayList<>()).add(new Entry<>(keys, value));
    }

    /** The longest phrase that starts at token {@code at}, or null. */
    Match<V> at(List<Token> tokens, int at) {
        List<Entry<V>> candidates = byFirst.get(tokens.get(at).key());
        if (candidates == null) {
            return null;
        }
        Entry<V> best = null;
        for (Entry<V> entry : candidates) {
            if ((best == null || entry.keys().length > best.keys().length) && matches(tokens, at, entry.keys())) {
                best = entry;
            }
        }
        return best == null ? null : new Match<>(best.value(), at, at + best.keys().length);
    }

    /** The first phrase found in tokens {@code from} to {@code to} (exclusive), or null. */
    Match<V> first(List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            Match<V> match = at(tokens, i);
            if (match != null && match.to() <= to) {
                return match;
            }
        }
        return null;
    }

    private static boolean matches(List<Token> tokens, int at, String[] keys) {
        if (at + keys.length > tokens.size()) {
            return false;
        }
        for (int i = 0; i < keys.length; i++) {
            if (!tokens.get(at + i).key().equals(keys[i])) {
                return false;
            }
        }
        return true;
    }
}
