package org.alliancegraph.mission;

import jakarta.enterprise.context.ApplicationScoped;

import org.alliancegraph.graphql.PlannedFields;

/** The mission fields that read plans serve: the resolvers of {@link MissionApi}, called for a whole level. */
@ApplicationScoped
class MissionPlans implements PlannedFields {

    private final MissionApi api;

    MissionPlans(MissionApi api) {
        this.api = api;
    }

    @Override
    public void register(Registry registry) {
        registry.root("mission", field -> true, field -> api.mission(field.stringArgument("slug")));
        registry.batch("Alliance", "missions", api::allianceMissions);
        registry.batch("Mission", "alliance", api::alliance);
        registry.batch("Mission", "theatreActor", api::theatreActor);
        registry.batch("Mission", "mandateSource", api::mandateSource);
        registry.batch("Mission", "startSource", api::startSource);
        registry.batch("Mission", "objectives", api::objectives);
        registry.batch("Mission", "troopStrengths", api::troopStrengths);
        registry.batch("Mission", "statusChanges", api::statusChanges);
        registry.batch("MissionObjective", "source", api::objectiveSource);
        registry.batch("TroopStrength", "source", api::troopStrengthSource);
        registry.batch("MissionStatusChange", "mission", api::statusChangeMission);
        registry.batch("MissionStatusChange", "proposedBy", api::proposedBy);
        registry.batch("MissionStatusChange", "source", api::statusChangeSource);
    }
}
