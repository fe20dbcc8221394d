package org.alliancegraph.actor;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.alliancegraph.common.GivenName;
import org.alliancegraph.common.NameChanges;
import org.alliancegraph.common.NameKind;
import org.alliancegraph.common.Place;
import org.alliancegraph.common.Writes;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Writes of the actor aggregate (an actor with its names and a person's roles), for the mutations and the seed loader
 * alike: the rules of the aggregate and its transaction, which a caller's transaction (a seed file's) takes in.
 */
@ApplicationScoped
public class ActorService {

    private final ActorRepository actors;
    private final PersonRoleRepository roles;

    ActorService(ActorRepository actors, PersonRoleRepository roles) {
        this.actors = actors;
        this.roles = roles;
    }

    /** A new actor with its canonical name and aliases; CONFLICT when the slug is taken. */
    public Uni<Actor> create(ActorData data, List<String> aliases, String author, Place at) {
        List<GivenName> names = new ArrayList<>();
        names.add(new GivenName(data.name(), null, NameKind.CANONICAL));
        aliases.forEach(alias -> names.add(new GivenName(alias, null, NameKind.ALIAS)));
        // The aliases are checked with the name first: an alias that is the name is given twice.
        GivenName.checkOnce(names, i -> i == 0 ? at.at("name") : at.at("aliases").at(i - 1));
        String what = "actor \"" + data.slug() + "\"";
        return Writes.conflictsReported(Panache.withTransaction(() -> actors.findBySlug(data.slug())
                .invoke(existing -> Writes.absent(existing, what, at.field("slug")))
                .chain(() -> fill(new Actor(), data, author, at))
                .call(actor -> references(actor, data, at))
                .call(actors::persist)
                .call(actor -> names(actor, data, names, at.at("aliases")))), what);
    }

    /** Changes the given fields, from the version the client read; a new name keeps the old one as an alias. */
    public Uni<Actor> update(String slug, int expectedVersion, ActorUpdate changes, String author, Place at) {
        return Writes.update("actor \"" + slug + "\"", () -> actors.findBySlug(slug), expectedVersion, actor -> at
                .reference(Actor.class, "country", changes.country)
                .invoke(country -> actor.country = country != null ? country : actor.country)
                .chain(() -> at.reference(Actor.class, "affiliation", changes.affiliation))
                .invoke(affiliation -> actor.affiliation = affiliation != null ? affiliation : actor.affiliation)
                .chain(() -> changes.name == null || changes.name.equals(actor.name)
                        ? Uni.createFrom().voidItem()
                        : actors.rename(actor, changes.name))
                .invoke(() -> {
                    changes.applyTo(actor);
                    checkKind(actor, at);
                    actor.writtenBy(author);
                }));
    }

    /** Adds a role to a person; CONFLICT when the person has a role of that key. Raises the person's version. */
    public Uni<PersonRole> addRole(String person, RoleData data, String author, Place at) {
        String what = "role \"" + data.key() + "\" of \"" + person + "\"";
        return Writes.conflictsReported(Panache.withTransaction(() -> at.reference(Actor.class, "person", person)
                .invoke(found -> {
                    requirePerson(found, at, "person");
                    found.writtenBy(author);
                })
                .chain(found -> fillRole(new PersonRole(), found, data, at))
                .call(role -> Panache.getSession().chain(session -> session.persist(role).chain(session::flush)))),
                what);
    }

    /** Deletes an actor with its names; CONFLICT while other records refer to it. */
    public Uni<String> delete(String slug) {
        return Writes.delete("actor \"" + slug + "\"", () -> actors.findBySlug(slug));
    }

    /**
     * Stores an actor's own fields over what its slug has (or as a new actor), leaving its references to other actors,
     * names and roles to {@link #storeLinks}: a file's actors may refer to each other.
     */
    public Uni<Actor> store(ActorData data, String author, Place at) {
        return Panache.withTransaction(() -> actors.findBySlug(data.slug())
                .map(found -> found != null ? found : new Actor())
                .chain(actor -> fill(actor, data, author, at))
                .call(actor -> actor.id == null ? actors.persist(actor) : Writes.flush()));
    }

    /**
     * Stores a stored actor's references, its names (replacing those it had; the canonical name is among them) and its
     * roles (each by its key: in place when the person has it).
     */
    public Uni<Void> storeLinks(ActorData data, List<GivenName> names, List<RoleData> roles, Place at) {
        return Panache.withTransaction(() -> actors.findBySlug(data.slug())
                .call(actor -> references(actor, data, at))
                .call(actor -> names(actor, data, names, at.at("names")))
                .call(actor -> {
                    if (!roles.isEmpty()) {
                        requirePerson(actor, at, "roles");
                    }
                    return at.at("roles").each(roles, (role, roleAt) -> storeRole(actor, role, roleAt));
                })
                .replaceWithVoid());
    }

    /** The fields of the actor's kind and its own, with the rule that every field fits the kind. */
    private static Uni<Actor> fill(Actor actor, ActorData data, String author, Place at) {
        actor.slug = data.slug();
        actor.kind = data.kind();
        actor.name = data.name();
        actor.description = data.description();
        actor.groupSize = data.groupSize();
        actor.isoCode = data.isoCode();
        actor.wikidataId = data.wikidataId();
        checkKind(actor, at);
        actor.writtenBy(author);
        return Uni.createFrom().item(actor);
    }

    /** Country and affiliation. */
    private static Uni<Void> references(Actor actor, ActorData data, Place at) {
        return at.reference(Actor.class, "country", data.country())
                .invoke(country -> actor.country = country)
                .chain(() -> at.reference(Actor.class, "affiliation", data.affiliation()))
                .invoke(affiliation -> actor.affiliation = affiliation)
                .replaceWithVoid();
    }

    /** The names given at {@code namesAt}, in place of the stored ones. */
    private static Uni<Void> names(Actor actor, ActorData data, List<GivenName> names, Place namesAt) {
        return NameChanges.replace(ActorName.class, "actor", actor, data.name(), names, namesAt, () -> {
            ActorName name = new ActorName();
            name.actor = actor;
            return name;
        });
    }

    private Uni<Void> storeRole(Actor person, RoleData data, Place at) {
        return roles.findByKey(person, data.key())
                .chain(found -> fillRole(found != null ? found : new PersonRole(), person, data, at))
                .chain(role -> role.id == null ? Writes.persist(role) : Uni.createFrom().voidItem());
    }

    /** A role's fields, with the period rule and its organisation found. */
    private static Uni<PersonRole> fillRole(PersonRole role, Actor person, RoleData data, Place at) {
        role.person = person;
        role.key = data.key();
        role.title = data.title();
        role.originalTitle = data.originalTitle();
        role.from = at.date("from", data.from());
        role.until = at.date("until", data.until());
        at.inOrder(role.from, role.until, "until");
        role.sourceId = data.sourceId();
        return at.reference(Actor.class, "organisation", data.organisation())
                .invoke(organisation -> role.organisation = organisation)
                .replaceWith(role);
    }

    private static void requirePerson(Actor actor, Place at, String field) {
        if (actor.kind != ActorKind.PERSON) {
            throw at.invalid(field, "only a PERSON has roles");
        }
    }

    /** BAD_USER_INPUT on the field that does not fit the actor's kind, if one does not. */
    private static void checkKind(Actor actor, Place at) {
        Actor.Misfit misfit = actor.kindMisfit();
        if (misfit != null) {
            throw at.invalid(misfit.field(), misfit.problem());
        }
    }
}
