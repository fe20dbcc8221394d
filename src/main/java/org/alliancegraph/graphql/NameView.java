package org.alliancegraph.graphql;

import org.alliancegraph.common.NameKind;

/** The columns of a stored name (of an actor or an alliance), as their read models show them. */
public final class NameView {

    private NameView() {
    }

    /** The select list of a name aliased {@code n} whose owner is {@code owner} (e.g. "actor"). */
    public static String select(String n, String owner) {
        return n + ".id, " + n + "." + owner + ".id, " + n + ".name, " + n + ".lang, " + n + ".kind";
    }

    /** A read model made of the columns of {@link #select}. */
    @FunctionalInterface
    public interface Factory<T> {
        T make(long rowId, long ownerId, String name, String lang, NameKind kind);
    }

    public static <T> T from(Row row, Factory<T> factory) {
        return factory.make(row.nextLong(), row.nextLong(), row.next(), row.next(), row.next());
    }
}
