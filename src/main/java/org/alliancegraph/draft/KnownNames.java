package org.alliancegraph.draft;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.alliancegraph.actor.ActorKind;
import org.alliancegraph.graphql.Reads;

import io.smallrye.mutiny.Uni;

/**
 * Every name the service knows that a text may use: actors' and alliances' stored names (translations, acronyms,
 * aliases), missions' names and acronyms, events' names. Read on each draft: a few thousand rows.
 */
@ApplicationScoped
class KnownNames {

    private final Reads reads;

    KnownNames(Reads reads) {
        this.reads = reads;
    }

    Uni<List<KnownName>> all() {
        List<KnownName> names = new ArrayList<>();
        return reads.list("select n.name, a.slug, a.kind from ActorName n join n.actor a",
                row -> named(MentionKind.ACTOR, row.next(), row.next(), row.next(), null))
                .invoke(names::addAll)
                .chain(() -> reads.list("select n.name, a.slug, o.slug from AllianceName n join n.alliance a "
                        + "left join a.organisation o",
                        row -> named(MentionKind.ALLIANCE, row.next(), row.next(),
                                null, row.next())))
                .invoke(names::addAll)
                .chain(() -> reads.list("select m.name, m.acronym, m.slug, t.slug from Mission m "
                        + "left join m.theatreActor t", row -> row.columns()))
                .invoke(rows -> rows.forEach(row -> {
                    names.add(new KnownName(MentionKind.MISSION, (String) row[2], (String) row[0], null,
                            (String) row[3]));
                    if (row[1] != null) {
                        names.add(new KnownName(MentionKind.MISSION, (String) row[2], (String) row[1], null,
                                (String) row[3]));
                    }
                }))
                .chain(() -> reads.list("select e.name, e.slug from Event e",
                        row -> named(MentionKind.EVENT, row.next(), row.next(), null, null)))
                .invoke(names::addAll)
                .replaceWith(names);
    }

    private static KnownName named(MentionKind type, String name, String slug, ActorKind kind, String related) {
        return new KnownName(type, slug, name, kind, related);
    }
}
