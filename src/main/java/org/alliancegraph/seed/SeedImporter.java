package org.alliancegraph.seed;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import org.alliancegraph.actor.ActorData;
import org.alliancegraph.actor.ActorKind;
import org.alliancegraph.actor.ActorService;
import org.alliancegraph.actor.RoleData;
import org.alliancegraph.alliance.AllianceData;
import org.alliancegraph.alliance.AllianceService;
import org.alliancegraph.alliance.MembershipData;
import org.alliancegraph.alliance.MembershipStatus;
import org.alliancegraph.common.GivenName;
import org.alliancegraph.common.NameKind;
import org.alliancegraph.common.Place;
import org.alliancegraph.document.DocumentData;
import org.alliancegraph.document.DocumentService;
import org.alliancegraph.document.Excerpt;
import org.alliancegraph.document.SourceDocument;
import org.alliancegraph.event.EventData;
import org.alliancegraph.event.EventKind;
import org.alliancegraph.event.EventService;
import org.alliancegraph.mission.ChangeKind;
import org.alliancegraph.mission.DateBound;
import org.alliancegraph.mission.MissionData;
import org.alliancegraph.mission.MissionKind;
import org.alliancegraph.mission.MissionService;
import org.alliancegraph.mission.MissionStatus;
import org.alliancegraph.mission.ObjectiveData;
import org.alliancegraph.mission.Realisation;
import org.alliancegraph.mission.StatusChangeData;
import org.alliancegraph.mission.TroopData;
import org.alliancegraph.seed.SeedFile.ActorSeed;
import org.alliancegraph.seed.SeedFile.FactSourceSeed;
import org.alliancegraph.seed.SeedFile.MissionSeed;
import org.alliancegraph.seed.SeedFile.NameSeed;
import org.alliancegraph.seed.SeedFile.Source;
import org.alliancegraph.seed.SeedFile.StatementSeed;
import org.alliancegraph.statement.EvidentialStatus;
import org.alliancegraph.statement.ReportData;
import org.alliancegraph.statement.Stance;
import org.alliancegraph.statement.Statement;
import org.alliancegraph.statement.StatementData;
import org.alliancegraph.statement.StatementKind;
import org.alliancegraph.statement.StatementService;
import org.alliancegraph.statement.SubjectData;
import org.alliancegraph.topic.TopicService;

import io.smallrye.mutiny.Uni;

/**
 * Hands one parsed seed file (or ingestDocument's annotations) to the write services, inside the caller's transaction:
 * it reads the file's entries, finds the excerpts their sources point at, and passes each aggregate on in an order
 * where what an entry names exists before it (actors, the document, the actors' roles, alliances, events, missions,
 * statements, then the status changes statements propose). The rules are the services'; what is left here is the file's
 * own: provenance, and a slug defined once per file. Every place is a JSON pointer into the file.
 */
@ApplicationScoped
class SeedImporter {

    private final TopicService topics;
    private final ActorService actors;
    private final DocumentService documents;
    private final AllianceService alliances;
    private final EventService events;
    private final MissionService missions;
    private final StatementService statements;

    SeedImporter(TopicService topics, ActorService actors, DocumentService documents, AllianceService alliances,
            EventService events, MissionService missions, StatementService statements) {
        this.topics = topics;
        this.actors = actors;
        this.documents = documents;
        this.alliances = alliances;
        this.events = events;
        this.missions = missions;
        this.statements = statements;
    }

    /**
     * Stores the file's records; a failure is a {@link SeedException} (the file's own rules and its sources) or the
     * services' client error naming the entry's JSON pointer as its field.
     *
     * @param text
     *            the text of the file's document, null when it has none
     * @param author
     *            who writes: "seed" for the seed files, the editor for ingestDocument
     */
    Uni<Void> write(String file, SeedFile seed, String text, String author) {
        return new FileImport(file, seed, text, author).write();
    }

    /** One file's import: its document once stored, and the excerpts its sources point at. */
    private final class FileImport {

        private final String file;
        private final SeedFile seed;
        private final String text;
        private final String author;
        private final Place root = Place.root();
        private SourceDocument document;
        private TextSpans spans;

        FileImport(String file, SeedFile seed, String text, String author) {
            this.file = file;
            this.seed = seed;
            this.text = text;
            this.author = author;
        }

        Uni<Void> write() {
            return Uni.createFrom().voidItem()
                    .invoke(() -> {
                        Provenance.check(file, seed);
                        definedOnce();
                    })
                    .chain(() -> root.at("topics").each(seed.topics(),
                            (t, at) -> topics.store(t.slug(), t.name(), t.description(), author)))
                    .chain(() -> root.at("actors").each(seed.actors(),
                            (a, at) -> actors.store(actor(a), author, at)))
                    .chain(this::document)
                    .chain(() -> root.at("actors").each(seed.actors(), this::actorLinks))
                    .chain(() -> root.at("alliances").each(seed.alliances(), this::alliance))
                    .chain(() -> root.at("events").each(seed.events(), (e, at) -> excerpt(e.source(),
                            at.at("source")).chain(
                                    source -> events.store(new EventData(e.slug(),
                                            EventKind.valueOf(e.kind()), e.name(), e.alliance(), e.place(),
                                            e.placeActor(),
                                            e.start(), e.end(), e.description(), source), author, at))))
                    .chain(() -> root.at("missions").each(seed.missions(), this::mission))
                    .chain(() -> root.at("factSources").each(seed.factSources(), this::factSource))
                    .chain(() -> root.at("statements").each(seed.statements(), this::statement))
                    .chain(() -> root.at("missions").each(seed.missions(), this::statusChanges));
        }

        /** A slug is defined once per file and kind of record. */
        private void definedOnce() {
            checkOnce(seed.topics(), "/topics", SeedFile.TopicSeed::slug);
            checkOnce(seed.actors(), "/actors", ActorSeed::slug);
            checkOnce(seed.alliances(), "/alliances", SeedFile.AllianceSeed::slug);
            checkOnce(seed.events(), "/events", SeedFile.EventSeed::slug);
            checkOnce(seed.missions(), "/missions", MissionSeed::slug);
            checkOnce(seed.statements(), "/statements", StatementSeed::slug);
        }

        private <T> void checkOnce(List<T> entries, String at, Function<T, String> slug) {
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < entries.size(); i++) {
                if (!seen.add(slug.apply(entries.get(i)))) {
                    throw new SeedException(file, at + "/" + i + "/slug", "\"" + slug.apply(entries.get(i))
                            + "\" is defined twice in this file");
                }
            }
        }

        private Uni<Void> document() {
            SeedFile.DocumentSeed d = seed.document();
            if (d == null) {
                return Uni.createFrom().voidItem();
            }
            return documents.store(new DocumentData(d.slug(), d.title(), d.outlet(), d.url(), d.language(),
                    d.published(), text), author, root.at("document")).invoke(stored -> {
                        document = stored;
                        spans = new TextSpans(text);
                    }).replaceWithVoid();
        }

        private Uni<Void> alliance(SeedFile.AllianceSeed a, Place at) {
            return excerpt(a.decisionRuleSource(), at.at("decisionRuleSource")).chain(source -> resolved(
                    a.memberships(), at.at("memberships"), (m, mat) -> excerpt(m.source(), mat.at("source"))
                            .map(s -> new MembershipData(m.actor(), MembershipStatus.valueOf(m.status()),
                                    m.category(), m.from(), m.until(), s)))
                    .chain(memberships -> alliances.store(new AllianceData(a.slug(), a.name(), a.acronym(),
                            a.organisation(), a.founded(), a.headquarters(), a.scope(), a.decisionRule(), source,
                            a.description()), names(a.names()), memberships, author, at)))
                    .replaceWithVoid();
        }

        private Uni<Void> actorLinks(ActorSeed a, Place at) {
            return resolved(a.roles(), at.at("roles"), (r, rat) -> excerpt(r.source(), rat.at("source"))
                    .map(source -> new RoleData(r.key(), r.title(), r.originalTitle(), r.organisation(), r.from(),
                            r.until(), source == null ? null : source.id)))
                    .chain(roles -> actors.storeLinks(actor(a), names(a.names()), roles, at));
        }

        private Uni<Void> mission(MissionSeed m, Place at) {
            return excerpt(m.mandateSource(), at.at("mandateSource")).chain(mandate -> excerpt(m.startSource(),
                    at.at("startSource")).chain(start -> {
                        MissionData data = new MissionData(m.slug(), m.alliance(), m.name(), m.acronym(),
                                MissionKind.valueOf(m.kind()), m.theatre(), m.theatreActor(), m.mandate(), mandate,
                                m.description(), m.start(), start, m.end());
                        return resolved(m.objectives(), at.at("objectives"), (o, oat) -> excerpt(o.source(),
                                oat.at("source")).map(s -> new ObjectiveData(o.text(), o.lang(), o.translation(), s)))
                                .chain(objectives -> resolved(m.troopStrengths(), at.at("troopStrengths"),
                                        (t, tat) -> excerpt(t.source(), tat.at("source")).map(s -> new TroopData(
                                                t.troops(), t.approximate(), t.asOf(), s)))
                                        .chain(troops -> missions.store(data, objectives, troops, author, at)));
                    })).replaceWithVoid();
        }

        private Uni<Void> statusChanges(MissionSeed m, Place at) {
            return resolved(m.statusChanges(), at.at("statusChanges"), (c, cat) -> excerpt(c.source(),
                    cat.at("source")).chain(
                            source -> cat.reference(Statement.class, "statement", c.statement())
                                    .map(statement -> new StatusChangeData(ChangeKind.valueOf(c.kind()),
                                            MissionStatus.valueOf(c.status()), Realisation.valueOf(c.realisation()),
                                            c.effective(), c.effectiveBound() == null
                                                    ? null
                                                    : DateBound.valueOf(c.effectiveBound()),
                                            c.proposedBy(), statement == null ? null : statement.id, source))))
                    .chain(changes -> missions.storeStatusChanges(m.slug(), changes, at));
        }

        /** A source in this document for a fact of an alliance or mission, which must state that fact. */
        private Uni<Void> factSource(FactSourceSeed f, Place at) {
            boolean ofAlliance = f.alliance() != null;
            if (ofAlliance == (f.mission() != null)) {
                return Uni.createFrom().failure(at.invalid("name an alliance or a mission"));
            }
            if (ofAlliance && !f.fact().equals("decisionRule")) {
                return Uni.createFrom().failure(at.invalid("fact", "an alliance's fact with a source is "
                        + "decisionRule"));
            }
            return excerpt(f.source(), at.at("source")).chain(source -> ofAlliance
                    ? alliances.sourceDecisionRule(f.alliance(), source, at)
                    : missions.sourceFact(f.mission(), f.fact(), source, at));
        }

        private Uni<Void> statement(StatementSeed s, Place at) {
            StatementData data = new StatementData(s.slug(), s.speaker(), s.speakerRole(),
                    StatementKind.valueOf(s.kind()), EvidentialStatus.valueOf(s.evidentialStatus()), s.text(),
                    s.lang(), s.quote(), s.translation(), s.translationLang(), s.said(), s.event());
            List<SubjectData> subjects = s.subjects().stream().map(subject -> new SubjectData(
                    Stance.valueOf(subject.stance()), subject.alliance(), subject.mission(), subject.actor(),
                    subject.event(), subject.topic())).toList();
            return resolved(s.reports(), at.at("reports"), (r, rat) -> excerpt(r.source(), rat.at("source"))
                    .map(excerpt -> new ReportData(document, excerpt, r.reportedBy(), r.cites())))
                    .chain(reports -> statements.store(data, subjects, reports, document, author, at))
                    .replaceWithVoid();
        }

        /**
         * The excerpt a source points at; none for no source or one from outside the document ({@code from, url}).
         */
        private Uni<Excerpt> excerpt(Source source, Place at) {
            if (source == null || source.external()) {
                return Uni.createFrom().nullItem();
            }
            if (document == null) {
                return Uni.createFrom().failure(new SeedException(file, at.path(), "a source needs the file's "
                        + "document"));
            }
            TextSpans.Span span;
            try {
                span = source.start() != null
                        ? spans.span(source.start(), source.end(), source.quote())
                        : spans.locate(source.quote(), source.occurrence());
            } catch (IllegalArgumentException e) {
                return Uni.createFrom().failure(new SeedException(file, at.path(), e.getMessage()));
            }
            return documents.excerpt(document, span.start(), span.end(), span.text());
        }
    }

    private static ActorData actor(ActorSeed a) {
        return new ActorData(a.slug(), ActorKind.valueOf(a.kind()), a.name(), a.description(), a.country(),
                a.affiliation(), a.groupSize(), a.isoCode(), a.wikidata());
    }

    private static List<GivenName> names(List<NameSeed> names) {
        return names.stream().map(n -> new GivenName(n.name(), n.lang(), NameKind.valueOf(n.kind()))).toList();
    }

    /** Each entry turned into what a service takes, in order (its sources found first). */
    private static <T, R> Uni<List<R>> resolved(List<T> entries, Place list,
            BiFunction<T, Place, Uni<R>> resolve) {
        List<R> results = new ArrayList<>();
        return list.each(entries, (entry, at) -> resolve.apply(entry, at).invoke(results::add)).replaceWith(results);
    }
}
