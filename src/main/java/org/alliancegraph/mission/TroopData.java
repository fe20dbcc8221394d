package org.alliancegraph.mission;

import org.alliancegraph.document.Excerpt;

/** A mission's troop figure as a write gives it: the date as written, the excerpt that states it. */
public record TroopData(int troops, boolean approximate, String asOf, Excerpt source) {
}
