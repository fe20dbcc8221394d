package org.alliancegraph.mission;

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

/** Creating and changing missions; a status change, which a statement may propose, is recorded by the statements. */
@GraphQLApi
@MappedErrors
public class MissionMutations {

    private static final Place INPUT = Place.argument("input");

    private final MissionService service;
    private final MissionRepository missions;
    private final Access access;
    private final InputValidation validation;

    MissionMutations(MissionService service, MissionRepository missions, Access access, InputValidation validation) {
        this.service = service;
        this.missions = missions;
        this.access = access;
        this.validation = validation;
    }

    @Mutation("createMission")
    @Description("Creates a mission of an alliance. A slug in use is a CONFLICT; an alliance or theatre actor that "
            + "does not exist is NOT_FOUND. Needs the editor role.")
    public Uni<@NonNull MissionView> createMission(@NonNull @Description("The new mission.") MissionInput input) {
        String author = access.require(Role.EDITOR);
        validation.check("input", input);
        MissionData data = new MissionData(input.slug, input.alliance, input.name, input.acronym, input.kind,
                input.theatre, input.theatreActor, input.mandate, null, input.description, input.start, null, null);
        return service.create(data, author, INPUT).chain(created -> missions.byKey(created.id));
    }

    @Mutation("updateMission")
    @Description("Changes a mission's fields, from the version the client read: if the mission changed since, the "
            + "update is refused with CONFLICT and nothing is written. Needs the editor role.")
    public Uni<@NonNull MissionView> updateMission(
            @NonNull @Description("Slug of the mission, e.g. \"kfor\".") String slug,
            @NonNull @Description("The mission's version the change was made from.") Integer expectedVersion,
            @NonNull @Description("The fields to change.") MissionUpdate input) {
        String author = access.require(Role.EDITOR);
        validation.check("input", input);
        return service.update(slug, expectedVersion, input, author).chain(updated -> missions.byKey(updated.id));
    }
}
