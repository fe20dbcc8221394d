package org.alliancegraph.seed;

import java.util.List;
import java.util.function.BiConsumer;

import org.alliancegraph.seed.SeedFile.Source;

/**
 * Every structured fact of a file about a document points to the text that supports it: a role, a membership, an
 * alliance's decision rule, an event, a mission's mandate, start, objectives, troop figures and status changes each
 * need a source in the document, or one that says where it comes from instead ({@code from} and {@code url}). A file
 * without a document (reference data) has no text to point into: its facts come from the origin its header names.
 */
final class Provenance {

    private static final String PROBLEM = "a fact of the article needs a source in its text, or { from, url } "
            + "when it comes from outside the document";

    private Provenance() {
    }

    /** Refuses the first fact without a source, by its JSON pointer; sources that name an origin need no document. */
    static void check(String file, SeedFile seed) {
        each(seed.factSources(), "/factSources", (fact, at) -> span(file, fact.source(), at + "/source"));
        each(seed.statements(), "/statements", (statement, at) -> each(statement.reports(), at + "/reports",
                (report, rat) -> span(file, report.source(), rat + "/source")));
        if (seed.document() == null) {
            return;
        }
        each(seed.actors(), "/actors", (actor, at) -> each(actor.roles(), at + "/roles",
                (role, rat) -> needed(file, role.source(), rat + "/source")));
        each(seed.alliances(), "/alliances", (alliance, at) -> {
            if (alliance.decisionRule() != null) {
                needed(file, alliance.decisionRuleSource(), at + "/decisionRuleSource");
            }
            each(alliance.memberships(), at + "/memberships", (m, mat) -> needed(file, m.source(), mat + "/source"));
        });
        each(seed.events(), "/events", (event, at) -> needed(file, event.source(), at + "/source"));
        each(seed.missions(), "/missions", (mission, at) -> {
            if (mission.mandate() != null) {
                needed(file, mission.mandateSource(), at + "/mandateSource");
            }
            if (mission.start() != null) {
                needed(file, mission.startSource(), at + "/startSource");
            }
            each(mission.objectives(), at + "/objectives", (o, oat) -> needed(file, o.source(), oat + "/source"));
            each(mission.troopStrengths(), at + "/troopStrengths",
                    (t, tat) -> needed(file, t.source(), tat + "/source"));
            each(mission.statusChanges(), at + "/statusChanges",
                    (c, cat) -> needed(file, c.source(), cat + "/source"));
        });
    }

    private static void needed(String file, Source source, String at) {
        if (source == null) {
            throw new SeedException(file, at, PROBLEM);
        }
        external(file, source, at);
    }

    /** What says where in the document something is said cannot be an origin outside it. */
    private static void span(String file, Source source, String at) {
        if (source != null && source.external()) {
            throw new SeedException(file, at, "must be a span of the file's document, not { from, url }");
        }
    }

    /** A source that names an origin is that alone: no quote or span beside it. */
    private static void external(String file, Source source, String at) {
        if (source != null && source.external()
                && (source.quote() != null || source.start() != null || source.occurrence() != null)) {
            throw new SeedException(file, at, "a source is either a span of the document or { from, url }, not both");
        }
    }

    private static <T> void each(List<T> items, String at, BiConsumer<T, String> check) {
        for (int i = 0; i < items.size(); i++) {
            check.accept(items.get(i), at + "/" + i);
        }
    }
}
