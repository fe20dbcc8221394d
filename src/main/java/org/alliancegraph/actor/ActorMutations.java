package org.alliancegraph.actor;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.alliancegraph.common.BadUserInputException;
import org.alliancegraph.common.NameKind;
import org.alliancegraph.common.PartialDate;
import org.alliancegraph.common.Writes;
import org.alliancegraph.graphql.InputValidation;
import org.alliancegraph.graphql.MappedErrors;
import org.alliancegraph.security.Access;
import org.alliancegraph.security.Role;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

@GraphQLApi
@MappedErrors
public class ActorMutations {

    private final ActorRepository actors;
    private final PersonRoleRepository roles;
    private final Access access;
    private final InputValidation validation;

    ActorMutations(ActorRepository actors, Access access, InputValidation validation, PersonRoleRepository roles) {
        this.roles = roles;
        this.actors = actors;
        this.access = access;
        this.validation = validation;
    }

    @Mutation("createActor")
    @Description("Creates an actor with its canonical name and aliases. A slug already in use is a CONFLICT; a "
            + "country or affiliation that does not exist is NOT_FOUND. Needs the editor role.")
    public Uni<@NonNull ActorView> createActor(@NonNull @Description("The new actor.") ActorInput input) {
        String author = access.require(Role.EDITOR);
        validation.check("input", input);
        List<String> names = names(input);
        Actor actor = new Actor();
        actor.slug = input.slug;
        actor.kind = input.kind;
        actor.name = input.name;
        actor.description = input.description;
        actor.groupSize = input.groupSize;
        actor.isoCode = input.isoCode;
        actor.wikidataId = input.wikidataId;
        actor.writtenBy(author);
        checkKind(actor);
        String what = "actor \"" + input.slug + "\"";
        return Writes.conflictsReported(Panache.withTransaction(() -> actors.findBySlug(input.slug)
                .invoke(existing -> Writes.absent(existing, what))
                .chain(() -> Writes.reference(Actor.class, input.country, "input.country"))
                .invoke(country -> actor.country = country)
                .chain(() -> Writes.reference(Actor.class, input.affiliation, "input.affiliation"))
                .invoke(affiliation -> actor.affiliation = affiliation)
                .chain(() -> actors.persist(actor))
                .call(() -> Panache.getSession().chain(session -> session.persistAll(nameRecords(actor, names))))
                .replaceWith(actor)), what)
                .chain(created -> actors.read(created.id));
    }

    @Mutation("updateActor")
    @Description("Changes an actor's fields, from the version the client read: if the actor changed since, CONFLICT "
            + "and nothing is written. Needs the editor role.")
    public Uni<@NonNull ActorView> updateActor(@NonNull @Description("Slug of the actor.") String slug,
            @NonNull @Description("The actor's version the change was made from.") Integer expectedVersion,
            @NonNull @Description("The fields to change.") ActorUpdate input) {
        String author = access.require(Role.EDITOR);
        validation.check("input", input);
        String what = "actor \"" + slug + "\"";
        return Writes.update(what, () -> actors.findBySlug(slug), expectedVersion, actor -> Writes
                .reference(Actor.class, input.country, "input.country")
                .invoke(country -> actor.country = country != null ? country : actor.country)
                .chain(() -> Writes.reference(Actor.class, input.affiliation, "input.affiliation"))
                .invoke(affiliation -> actor.affiliation = affiliation != null ? affiliation : actor.affiliation)
                .chain(() -> input.name == null || input.name.equals(actor.name)
                        ? Uni.createFrom().voidItem()
                        : actors.rename(actor, input.name))
                .invoke(() -> {
                    input.applyTo(actor);
                    checkKind(actor);
                    actor.writtenBy(author);
                })).chain(updated -> actors.read(updated.id));
    }

    @Mutation("addPersonRole")
    @Description("Records a position a person holds or held. Only a PERSON has roles; a key the person has already "
            + "is a CONFLICT; an end before the start is BAD_USER_INPUT. Raises the person's version. Needs the "
            + "editor role.")
    public Uni<@NonNull PersonRoleView> addPersonRole(@NonNull @Description("The role.") RoleInput input) {
        String author = access.require(Role.EDITOR);
        validation.check("input", input);
        PersonRole role = new PersonRole();
        role.key = input.key;
        role.title = input.title;
        role.originalTitle = input.originalTitle;
        role.from = PartialDate.parseArgument("input.from", input.from);
        role.until = PartialDate.parseArgument("input.until", input.until);
        Writes.inOrder(role.from, role.until, "input.until");
        String what = "role \"" + input.key + "\" of \"" + input.person + "\"";
        return Writes.conflictsReported(Panache.withTransaction(() -> Writes
                .reference(Actor.class, input.person, "input.person")
                .invoke(person -> {
                    if (person.kind != ActorKind.PERSON) {
                        throw new BadUserInputException("input.person: only a PERSON has roles", "input.person");
                    }
                    role.person = person;
                    person.writtenBy(author);
                })
                .chain(() -> Writes.reference(Actor.class, input.organisation, "input.organisation"))
                .invoke(organisation -> role.organisation = organisation)
                .chain(() -> Panache.getSession())
                .call(session -> session.persist(role).chain(session::flush))
                .replaceWith(role)), what)
                .chain(added -> roles.read(added.id));
    }

    @Mutation("deleteActor")
    @Description("Deletes an actor and its names. Refused with CONFLICT while statements, memberships, documents or "
            + "other actors refer to it, and NOT_FOUND when there is none. Returns the slug deleted. Needs the admin "
            + "role.")
    public Uni<@NonNull String> deleteActor(@NonNull @Description("Slug of the actor.") String slug) {
        access.require(Role.ADMIN);
        String what = "actor \"" + slug + "\"";
        return Writes.delete(what, () -> actors.findBySlug(slug));
    }

    /** BAD_USER_INPUT on the field that does not fit the actor's kind, if one does not. */
    private static void checkKind(Actor actor) {
        Actor.Misfit misfit = actor.kindMisfit();
        if (misfit != null) {
            throw new BadUserInputException("input." + misfit.field() + ": " + misfit.problem(),
                    "input." + misfit.field());
        }
    }

    /** The canonical name, then the aliases, each once. */
    private static List<String> names(ActorInput input) {
        Set<String> names = new LinkedHashSet<>();
        names.add(input.name);
        if (input.aliases != null) {
            for (int i = 0; i < input.aliases.size(); i++) {
                if (!names.add(input.aliases.get(i))) {
                    throw new BadUserInputException("input.aliases." + i + ": \"" + input.aliases.get(i)
                            + "\" is given twice", "input.aliases." + i);
                }
            }
        }
        return new ArrayList<>(names);
    }

    private static Object[] nameRecords(Actor actor, List<String> names) {
        return names.stream().map(text -> {
            ActorName name = new ActorName();
            name.actor = actor;
            name.name = text;
            name.kind = text.equals(actor.name) ? NameKind.CANONICAL : NameKind.ALIAS;
            return name;
        }).toArray();
    }
}
