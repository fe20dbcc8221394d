package org.alliancegraph.actor;

/** An actor's fields as a write gives them whole (createActor, a seed file): other actors named by slug. */
public record ActorData(String slug, ActorKind kind, String name, String description, String country,
        String affiliation, Integer groupSize, String isoCode, String wikidataId) {
}
