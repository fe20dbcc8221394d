package org.alliancegraph.actor;

/**
 * A position a person holds or held, as a write gives it: the organisation by slug, dates as written, and the excerpt
 * that states it (its id; none from a mutation).
 */
public record RoleData(String key, String title, String originalTitle, String organisation, String from, String until,
        Long sourceId) {
}
