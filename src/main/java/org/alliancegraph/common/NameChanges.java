package org.alliancegraph.common;

import java.util.function.Supplier;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * A record's stored names when its name or acronym changes: the old one stays as an alias, so that a lookup by name,
 * search and the seed loader still find the record by what it used to be called.
 */
public final class NameChanges {

    private NameChanges() {
    }

    /**
     * Makes {@code name} the owner's name of this kind (CANONICAL or ACRONYM) in place of {@code old}: the stored name
     * {@code old} of that kind becomes an alias (names of the kind in other languages, such as the French acronym
     * "OTAN", stay as they are), then the stored name {@code name} (no language) takes the kind, or a new one is
     * stored.
     *
     * @param type
     *            the owner's name entity, e.g. ActorName
     * @param owner
     *            its attribute that points at the owner, e.g. "actor"
     * @param create
     *            a new name entity already pointing at the owner
     */
    public static <N extends LocalizedName> Uni<Void> promote(Class<N> type, String owner, Object ownerRecord,
            String old, String name, NameKind kind, Supplier<N> create) {
        String entity = type.getSimpleName();
        return Panache.getSession().chain(session -> session
                .createMutationQuery("update " + entity + " n set n.kind = ?1 where n." + owner
                        + " = ?2 and n.kind = ?3 and n.name = ?4")
                .setParameter(1, NameKind.ALIAS).setParameter(2, ownerRecord).setParameter(3, kind)
                .setParameter(4, old == null ? "" : old)
                .executeUpdate()
                .chain(() -> session.createSelectionQuery("from " + entity + " n where n." + owner
                        + " = ?1 and n.name = ?2 and n.lang is null", type)
                        .setParameter(1, ownerRecord).setParameter(2, name).getSingleResultOrNull())
                .chain(existing -> {
                    if (existing != null) {
                        existing.kind = kind;
                        return Uni.createFrom().voidItem();
                    }
                    N added = create.get();
                    added.name = name;
                    added.kind = kind;
                    return session.persist(added);
                }));
    }
}
