package org.alliancegraph.actor;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import org.alliancegraph.common.NameChanges;
import org.alliancegraph.common.NameKind;
import org.alliancegraph.common.Names;
import org.alliancegraph.graphql.Conditions;
import org.alliancegraph.graphql.NameView;
import org.alliancegraph.graphql.Node;
import org.alliancegraph.graphql.NodeReader;
import org.alliancegraph.graphql.Reads;
import org.alliancegraph.graphql.Row;
import org.alliancegraph.graphql.Window;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class ActorRepository implements PanacheRepository<Actor>, NodeReader {

    private static final String VIEW = "select " + ActorView.select("a") + " from Actor a ";

    private final Reads reads;

    ActorRepository(Reads reads) {
        this.reads = reads;
    }

    /** The actor to change, for writes. */
    public Uni<Actor> findBySlug(String slug) {
        return find("slug", slug).firstResult();
    }

    public Uni<ActorView> bySlug(String slug) {
        return reads.first(VIEW + "where a.slug = ?1", ActorView::from, slug);
    }

    /** Every actor one of whose names has this lookup key; usually one. */
    public Uni<List<ActorView>> byName(String name) {
        return reads.list(VIEW + "where a.id in (select n.actor.id from ActorName n where n.nameKey = ?1) "
                + "order by a.id", ActorView::from, Names.key(name));
    }

    /** The actors with these keys, in no particular order. */
    public Uni<List<ActorView>> byKeys(List<Long> keys) {
        return reads.list(VIEW + "where a.id in ?1", ActorView::from, keys);
    }

    /** A window of the actors (of one kind, when given) by name, then id. */
    public Uni<List<ActorView>> page(ActorKind kind, Window window) {
        Conditions where = ofKind(kind);
        String order = window.keyset(where, "Actor", "a", a -> a + ".name", true);
        String limit = where.parameter(window.fetchSize());
        return reads.list(VIEW + where.hql() + order + " limit " + limit, ActorView::from, where.parameters());
    }

    public Uni<Long> count(ActorKind kind) {
        Conditions where = ofKind(kind);
        return reads.first("select count(a) from Actor a " + where.hql(), Row::nextLong, where.parameters());
    }

    @Override
    public Map<String, Function<Long, Uni<? extends Node>>> nodeTypes() {
        return Map.of("Actor", this::read, "ActorName", key -> reads.first("select " + NameView.select("n", "actor")
                + " from ActorName n where n.id = ?1", ActorNameView::from, key));
    }

    public Uni<ActorView> read(long key) {
        return reads.first(VIEW + "where a.id = ?1", ActorView::from, key);
    }

    private static Conditions ofKind(ActorKind kind) {
        Conditions where = new Conditions();
        if (kind != null) {
            where.add("a.kind = ?", kind);
        }
        return where;
    }

    public Uni<List<ActorNameView>> names(List<Long> actorIds) {
        return reads.list("select " + NameView.select("n", "actor") + " from ActorName n where n.actor.id in ?1 "
                + "order by n.actor.id, n.id", ActorNameView::from, actorIds);
    }

    /**
     * Makes a new canonical name: the old one stays as an alias, so that lookups by it still find the actor; a name the
     * actor had already (as an alias, say) becomes the canonical one.
     */
    public Uni<Void> rename(Actor actor, String name) {
        return NameChanges.promote(ActorName.class, "actor", actor, name, NameKind.CANONICAL, () -> {
            ActorName added = new ActorName();
            added.actor = actor;
            return added;
        });
    }
}
