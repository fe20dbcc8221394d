package org.alliancegraph.actor;

import java.util.List;

import org.alliancegraph.common.Place;
import org.alliancegraph.graphql.InputValidation;
import org.alliancegraph.graphql.MappedErrors;
import org.alliancegraph.security.Access;
import org.alliancegraph.security.Role;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;

import io.smallrye.mutiny.Uni;

@GraphQLApi
@MappedErrors
public class ActorMutations {

    private static final Place INPUT = Place.argument("input");

    private final ActorService service;
    private final ActorRepository actors;
    private final PersonRoleRepository roles;
    private final Access access;
    private final InputValidation validation;

    ActorMutations(ActorService service, ActorRepository actors, PersonRoleRepository roles, Access access,
            InputValidation validation) {
        this.service = service;
        this.actors = actors;
        this.roles = roles;
        this.access = access;
        this.validation = validation;
    }

    @Mutation("createActor")
    @Description("Creates an actor with its canonical name and aliases. A slug already in use is a CONFLICT; a "
            + "country or affiliation that does not exist is NOT_FOUND. Needs the editor role.")
    public Uni<@NonNull ActorView> createActor(@NonNull @Description("The new actor.") ActorInput input) {
        String author = access.require(Role.EDITOR);
        validation.check("input", input);
        ActorData data = new ActorData(input.slug, input.kind, input.name, input.description, input.country,
                input.affiliation, input.groupSize, input.isoCode, input.wikidataId);
        return service.create(data, input.aliases == null ? List.of() : input.aliases, author, INPUT)
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
        return service.update(slug, expectedVersion, input, author, INPUT).chain(updated -> actors.read(updated.id));
    }

    @Mutation("addPersonRole")
    @Description("Records a position a person holds or held. Only a PERSON has roles; a key the person has already "
            + "is a CONFLICT; an end before the start is BAD_USER_INPUT. Raises the person's version. Needs the "
            + "editor role.")
    public Uni<@NonNull PersonRoleView> addPersonRole(@NonNull @Description("The role.") RoleInput input) {
        String author = access.require(Role.EDITOR);
        validation.check("input", input);
        RoleData data = new RoleData(input.key, input.title, input.originalTitle, input.organisation, input.from,
                input.until, null);
        return service.addRole(input.person, data, author, INPUT).chain(added -> roles.read(added.id));
    }

    @Mutation("deleteActor")
    @Description("Deletes an actor and its names. Refused with CONFLICT while statements, memberships, documents or "
            + "other actors refer to it, and NOT_FOUND when there is none. Returns the slug deleted. Needs the admin "
            + "role.")
    public Uni<@NonNull String> deleteActor(@NonNull @Description("Slug of the actor.") String slug) {
        access.require(Role.ADMIN);
        return service.delete(slug);
    }
}
