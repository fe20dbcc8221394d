package org.alliancegraph.event;

import jakarta.enterprise.context.ApplicationScoped;

import org.alliancegraph.graphql.PlannedFields;

/** The event fields that read plans serve: the resolvers of {@link EventApi}, called for a whole level. */
@ApplicationScoped
class EventPlans implements PlannedFields {

    private final EventApi api;

    EventPlans(EventApi api) {
        this.api = api;
    }

    @Override
    public void register(Registry registry) {
        registry.root("events", api::events);
        registry.batch("Alliance", "events", api::allianceEvents);
        registry.batch("Event", "alliance", api::alliance);
        registry.batch("Event", "placeActor", api::placeActor);
        registry.batch("Event", "source", api::source);
    }
}
