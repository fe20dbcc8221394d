package org.alliancegraph.mission;

import org.alliancegraph.common.Writes;
import org.alliancegraph.graphql.InputValidation;
import org.alliancegraph.graphql.ResolverSession;
import org.alliancegraph.security.Access;
import org.alliancegraph.security.Role;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

@GraphQLApi
@ResolverSession
public class MissionMutations {

    private final MissionRepository missions;
    private final Access access;
    private final InputValidation validation;

    MissionMutations(MissionRepository missions, Access access, InputValidation validation) {
        this.missions = missions;
        this.access = access;
        this.validation = validation;
    }

    @Mutation("updateMission")
    @Description("Changes a mission's fields, from the version the client read: if the mission changed since, the "
            + "update is refused with CONFLICT and nothing is written. Needs the editor role.")
    public Uni<@NonNull Mission> updateMission(@NonNull @Description("Slug of the mission, e.g. \"kfor\".") String slug,
            @NonNull @Description("The mission's version the change was made from.") Integer expectedVersion,
            @NonNull @Description("The fields to change.") MissionUpdate input) {
        String author = access.require(Role.EDITOR);
        validation.check("input", input);
        String what = "mission \"" + slug + "\"";
        return Writes.conflictsReported(Panache.withTransaction(() -> missions.findBySlug(slug)
                .map(found -> Writes.atVersion(Writes.found(found, what, "slug"), expectedVersion, what))
                .invoke(mission -> {
                    input.applyTo(mission);
                    mission.writtenBy(author);
                })
                .call(mission -> Panache.getSession().chain(session -> session.flush()))), what);
    }
}
