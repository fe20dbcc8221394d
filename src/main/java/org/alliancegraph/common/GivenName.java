package org.alliancegraph.common;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;

/** A name a write gives a record (alliance or actor): its text, language (null for none) and kind. */
public record GivenName(String name, String lang, NameKind kind) {

    /**
     * The rule on a record's names: each name is given once in a language; BAD_USER_INPUT at the second one.
     *
     * @param placeOf
     *            where the name at an index was given
     */
    public static void checkOnce(List<GivenName> names, IntFunction<Place> placeOf) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < names.size(); i++) {
            GivenName name = names.get(i);
            if (!seen.add(name.name() + "\u0000" + name.lang())) {
                throw placeOf.apply(i).invalid("the name \"" + name.name() + "\" is given twice");
            }
        }
    }
}
