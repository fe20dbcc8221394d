package org.alliancegraph.event;

import org.alliancegraph.document.Excerpt;

/**
 * An event's fields as a write gives them: the alliance and place by slug, dates as written, the excerpt that states
 * it. For updateEvent a null field is one the client left unchanged.
 */
public record EventData(String slug, EventKind kind, String name, String alliance, String place, String placeActor,
        String start, String end, String description, Excerpt source) {
}
