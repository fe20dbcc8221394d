package org.alliancegraph.alliance;

import org.alliancegraph.document.Excerpt;

/** A membership as a write gives it: the actor by slug, dates as written, the excerpt that states it (or none). */
public record MembershipData(String actor, MembershipStatus status, String category, String from, String until,
        Excerpt source) {
}
