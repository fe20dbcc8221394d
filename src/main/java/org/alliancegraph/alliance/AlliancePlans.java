package org.alliancegraph.alliance;

import jakarta.enterprise.context.ApplicationScoped;

import org.alliancegraph.graphql.PlannedFields;

/** The alliance fields that read plans serve: the resolvers of {@link AllianceApi}, called for a whole level. */
@ApplicationScoped
class AlliancePlans implements PlannedFields {

    private final AllianceApi api;

    AlliancePlans(AllianceApi api) {
        this.api = api;
    }

    @Override
    public void register(Registry registry) {
        registry.root("alliances", api::alliances);
        registry.root("alliance", field -> true,
                field -> api.alliance(field.stringArgument("slug"), field.stringArgument("name")));
        registry.batch("Alliance", "names", api::names);
        registry.batch("Alliance", "organisation", api::organisation);
        registry.batch("Alliance", "decisionRuleSource", api::decisionRuleSource);
        registry.batch("Alliance", "memberships", api::memberships);
        registry.batch("Alliance", "members", api::members);
        registry.batch("Alliance", "partners", api::partners);
        registry.batch("Actor", "memberships", api::actorMemberships);
        registry.batch("Membership", "alliance", api::membershipAlliance);
        registry.batch("Membership", "actor", api::membershipActor);
        registry.batch("Membership", "source", api::membershipSource);
    }
}
