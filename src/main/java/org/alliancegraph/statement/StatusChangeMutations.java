package org.alliancegraph.statement;

import org.alliancegraph.common.Place;
import org.alliancegraph.graphql.InputValidation;
import org.alliancegraph.graphql.MappedErrors;
import org.alliancegraph.mission.MissionRepository;
import org.alliancegraph.mission.MissionService;
import org.alliancegraph.mission.MissionStatusChangeView;
import org.alliancegraph.mission.StatusChangeData;
import org.alliancegraph.mission.StatusChangeInput;
import org.alliancegraph.security.Access;
import org.alliancegraph.security.Role;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * recordMissionStatusChange: here rather than with the missions because the change may name the statement that proposed
 * it, and statements refer to missions, not the other way round. The mission's rules are its service's.
 */
@GraphQLApi
@MappedErrors
public class StatusChangeMutations {

    private static final Place INPUT = Place.argument("input");

    private final MissionService missionService;
    private final MissionRepository missions;
    private final Access access;
    private final InputValidation validation;

    StatusChangeMutations(MissionService missionService, MissionRepository missions, Access access,
            InputValidation validation) {
        this.missionService = missionService;
        this.missions = missions;
        this.access = access;
        this.validation = validation;
    }

    @Mutation("recordMissionStatusChange")
    @Description("Records a change of a mission's status, taken place or proposed, optionally linked to who proposed "
            + "it and the statement that did. Raises the mission's version and announces the change to "
            + "missionStatusChanged subscribers once stored. Needs the editor role.")
    public Uni<@NonNull MissionStatusChangeView> recordMissionStatusChange(
            @NonNull @Description("The change.") StatusChangeInput input) {
        String author = access.require(Role.EDITOR);
        validation.check("input", input);
        // The statement is looked up in the change's transaction, which the service's joins.
        return Panache.withTransaction(() -> INPUT.reference(Statement.class, "statement", input.statement)
                .chain(statement -> missionService.recordStatusChange(input.mission, new StatusChangeData(input.kind,
                        input.status, input.realisation, input.effective, input.effectiveBound, input.proposedBy,
                        statement == null ? null : statement.id, null), author, INPUT)))
                .chain(recorded -> missions.statusChange(recorded.id));
    }
}
