package org.alliancegraph.mission;

import org.alliancegraph.document.Excerpt;

/** One of a mission's objectives as a write gives it, with the excerpt that states it. */
public record ObjectiveData(String text, String lang, String translation, Excerpt source) {
}
