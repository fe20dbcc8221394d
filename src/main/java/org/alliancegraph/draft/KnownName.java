package org.alliancegraph.draft;

import org.alliancegraph.actor.ActorKind;

/**
 * A name of a record the service knows, as the text may write it.
 *
 * @param kind
 *            for an actor, its kind; null otherwise
 * @param related
 *            for a mission, the slug of the state it is in; for an alliance, the actor that is its organisation
 */
record KnownName(MentionKind type, String slug, String name, ActorKind kind, String related) {

    /** Written in capitals ("UN", "OTAN"): matches only as written, not the word "un". */
    boolean acronym() {
        return name.length() > 1 && name.codePoints().allMatch(c -> Character.isUpperCase(c) || !Character.isLetter(c));
    }
}
