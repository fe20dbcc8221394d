package org.alliancegraph.common;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * A record's stored names when its name or acronym changes: the old one stays as an alias, so that a lookup by name,
 * search and the seed loader still find the record by what it used to be called. The names concerned are the record's
 * own, in no language or in English; names of the same kind in other languages (the French acronym "OTAN") stay as they
 * are.
 */
public final class NameChanges {

    /** The names a change of the main name or acronym concerns: no language, or English. */
    private static final String MAIN = "(n.lang is null or n.lang = 'en')";

    private NameChanges() {
    }

    /**
     * Makes {@code name} the owner's name of this kind (CANONICAL or ACRONYM): the names of that kind become aliases,
     * then the stored name {@code name} takes the kind, or a new one (no language) is stored.
     *
     * @param type
     *            the owner's name entity, e.g. ActorName
     * @param owner
     *            its attribute that points at the owner, e.g. "actor"
     * @param create
     *            a new name entity already pointing at the owner
     */
    public static <N extends LocalizedName> Uni<Void> promote(Class<N> type, String owner, Object ownerRecord,
            String name, NameKind kind, Supplier<N> create) {
        return demote(type, owner, ownerRecord, kind).chain(() -> Panache.getSession().chain(session -> session
                .createSelectionQuery("from " + type.getSimpleName() + " n where n." + owner + " = ?1 and n.name = ?2 "
                        + "and " + MAIN + " order by n.lang nulls first", type)
                .setParameter(1, ownerRecord).setParameter(2, name).setMaxResults(1).getSingleResultOrNull()
                .chain(existing -> {
                    if (existing != null) {
                        existing.kind = kind;
                        return Uni.createFrom().voidItem();
                    }
                    N added = create.get();
                    added.name = name;
                    added.kind = kind;
                    return session.persist(added);
                })));
    }

    /** The owner's names of this kind become aliases (an acronym dropped, or now the name itself). */
    public static <N extends LocalizedName> Uni<Void> demote(Class<N> type, String owner, Object ownerRecord,
            NameKind kind) {
        return Panache.getSession().chain(session -> session
                .createMutationQuery("update " + type.getSimpleName() + " n set n.kind = ?1 where n." + owner
                        + " = ?2 and n.kind = ?3 and " + MAIN)
                .setParameter(1, NameKind.ALIAS).setParameter(2, ownerRecord).setParameter(3, kind)
                .executeUpdate().replaceWithVoid());
    }

    /**
     * Replaces the owner's stored names with the given ones, each checked to be given once, with the canonical name
     * among them (added without a language when they do not list it), so that a lookup by name finds every record.
     *
     * @param names
     *            the names given, at {@code place} (its items are the names)
     * @param create
     *            a new name entity already pointing at the owner
     */
    public static <N extends LocalizedName> Uni<Void> replace(Class<N> type, String owner, Object ownerRecord,
            String canonical, List<GivenName> names, Place place, Supplier<N> create) {
        GivenName.checkOnce(names, place::at);
        List<GivenName> all = new ArrayList<>(names);
        if (all.stream().noneMatch(name -> name.name().equals(canonical))) {
            all.add(new GivenName(canonical, null, NameKind.CANONICAL));
        }
        return Writes.flush()
                .chain(() -> Writes.deleteChildren(type, owner, ownerRecord))
                .chain(() -> Panache.getSession()).chain(session -> session.persistAll(all.stream().map(given -> {
                    N name = create.get();
                    name.name = given.name();
                    name.lang = given.lang();
                    name.kind = given.kind();
                    return name;
                }).toArray()));
    }
}
