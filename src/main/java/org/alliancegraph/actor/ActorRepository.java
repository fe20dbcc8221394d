package org.alliancegraph.actor;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.alliancegraph.common.NameKind;
import org.alliancegraph.common.Names;
import org.alliancegraph.graphql.Conditions;
import org.alliancegraph.graphql.Queries;
import org.alliancegraph.graphql.Window;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class ActorRepository implements PanacheRepository<Actor> {

    /** Actors come with their country and affiliation, which most queries show next to the name. */
    private static final String ACTOR = "from Actor a left join fetch a.country left join fetch a.affiliation ";

    public Uni<Actor> findBySlug(String slug) {
        return find(ACTOR + "where a.slug = ?1", slug).firstResult();
    }

    /** Every actor one of whose names has this lookup key; usually one. */
    public Uni<List<Actor>> findByName(String name) {
        return list(ACTOR + "where a.id in (select n.actor.id from ActorName n where n.nameKey = ?1) order by a.id",
                Names.key(name));
    }

    /** A window of the actors (of one kind, when given) by name, then id. */
    public Uni<List<Actor>> page(ActorKind kind, Window window) {
        Conditions where = ofKind(kind);
        String order = window.keyset(where, "Actor", "a", a -> a + ".name", true);
        return find(ACTOR + where.hql() + order, where.parameters()).range(0, window.fetchSize() - 1).list();
    }

    public Uni<Long> count(ActorKind kind) {
        Conditions where = ofKind(kind);
        return count("from Actor a " + where.hql(), where.parameters());
    }

    private static Conditions ofKind(ActorKind kind) {
        Conditions where = new Conditions();
        if (kind != null) {
            where.add("a.kind = ?", kind);
        }
        return where;
    }

    public Uni<List<ActorName>> names(List<Long> actorIds) {
        return Queries.list(ActorName.class,
                "from ActorName n where n.actor.id in ?1 order by n.actor.id, n.id", actorIds);
    }

    public Uni<List<PersonRole>> roles(List<Long> personIds) {
        return Queries.list(PersonRole.class,
                "from PersonRole r left join fetch r.organisation left join fetch r.source "
                        + "where r.person.id in ?1 order by r.person.id, r.id",
                personIds);
    }

    /**
     * Makes a new canonical name: the old one stays as an alias, so that lookups by it still find the actor; a name the
     * actor had already (as an alias, say) becomes the canonical one.
     */
    public Uni<Void> rename(Actor actor, String name) {
        return Panache.getSession().chain(session -> session
                .createMutationQuery("update ActorName n set n.kind = ?1 where n.actor = ?2 and n.kind = ?3")
                .setParameter(1, NameKind.ALIAS).setParameter(2, actor).setParameter(3, NameKind.CANONICAL)
                .executeUpdate()
                .chain(() -> session.createSelectionQuery(
                        "from ActorName n where n.actor = ?1 and n.name = ?2 and n.lang is null", ActorName.class)
                        .setParameter(1, actor).setParameter(2, name).getSingleResultOrNull())
                .chain(existing -> {
                    if (existing != null) {
                        existing.kind = NameKind.CANONICAL;
                        return Uni.createFrom().voidItem();
                    }
                    ActorName canonical = new ActorName();
                    canonical.actor = actor;
                    canonical.name = name;
                    canonical.kind = NameKind.CANONICAL;
                    return session.persist(canonical);
                }));
    }
}
