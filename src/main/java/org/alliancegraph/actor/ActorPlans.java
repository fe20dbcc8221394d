package org.alliancegraph.actor;

import jakarta.enterprise.context.ApplicationScoped;

import org.alliancegraph.graphql.PlannedFields;

/** The actor fields that read plans serve: the resolvers of {@link ActorApi}, called for a whole level. */
@ApplicationScoped
class ActorPlans implements PlannedFields {

    private final ActorApi api;

    ActorPlans(ActorApi api) {
        this.api = api;
    }

    @Override
    public void register(Registry registry) {
        registry.batch("Actor", "names", api::names);
        registry.batch("Actor", "country", api::country);
        registry.batch("Actor", "affiliation", api::affiliation);
        registry.batch("Actor", "roles", api::roles);
        registry.batch("PersonRole", "organisation", api::roleOrganisation);
    }
}
