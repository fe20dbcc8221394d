package org.alliancegraph.mission;

import org.alliancegraph.document.Excerpt;

/**
 * A mission's fields as a write gives them whole (createMission, a seed file): alliance and theatre by slug, dates as
 * written, the excerpts that state its mandate and start.
 */
public record MissionData(String slug, String alliance, String name, String acronym, MissionKind kind,
        String theatre, String theatreActor, String mandate, Excerpt mandateSource, String description, String start,
        Excerpt startSource, String end) {
}
