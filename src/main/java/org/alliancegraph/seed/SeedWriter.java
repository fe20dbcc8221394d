package org.alliancegraph.seed;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Supplier;

import org.alliancegraph.actor.Actor;
import org.alliancegraph.actor.ActorKind;
import org.alliancegraph.actor.ActorName;
import org.alliancegraph.actor.PersonRole;
import org.alliancegraph.alliance.Alliance;
import org.alliancegraph.alliance.AllianceName;
import org.alliancegraph.alliance.Membership;
import org.alliancegraph.alliance.MembershipStatus;
import org.alliancegraph.common.DomainEntity;
import org.alliancegraph.common.LocalizedName;
import org.alliancegraph.common.NameKind;
import org.alliancegraph.common.PartialDate;
import org.alliancegraph.common.Sha256;
import org.alliancegraph.common.SluggedEntity;
import org.alliancegraph.common.Writes;
import org.alliancegraph.document.Excerpt;
import org.alliancegraph.document.SourceDocument;
import org.alliancegraph.event.Event;
import org.alliancegraph.event.EventKind;
import org.alliancegraph.live.Change;
import org.alliancegraph.live.ChangeFeed;
import org.alliancegraph.mission.ChangeKind;
import org.alliancegraph.mission.DateBound;
import org.alliancegraph.mission.Mission;
import org.alliancegraph.mission.MissionKind;
import org.alliancegraph.mission.MissionObjective;
import org.alliancegraph.mission.MissionStatus;
import org.alliancegraph.mission.MissionStatusChange;
import org.alliancegraph.mission.Realisation;
import org.alliancegraph.mission.TroopStrength;
import org.alliancegraph.seed.SeedFile.ActorSeed;
import org.alliancegraph.seed.SeedFile.AllianceSeed;
import org.alliancegraph.seed.SeedFile.EventSeed;
import org.alliancegraph.seed.SeedFile.FactSourceSeed;
import org.alliancegraph.seed.SeedFile.MissionSeed;
import org.alliancegraph.seed.SeedFile.NameSeed;
import org.alliancegraph.seed.SeedFile.ReportSeed;
import org.alliancegraph.seed.SeedFile.RoleSeed;
import org.alliancegraph.seed.SeedFile.Source;
import org.alliancegraph.seed.SeedFile.StatementSeed;
import org.alliancegraph.seed.SeedFile.StatusChangeSeed;
import org.alliancegraph.seed.SeedFile.SubjectSeed;
import org.alliancegraph.seed.SeedFile.TopicSeed;
import org.alliancegraph.statement.EvidentialStatus;
import org.alliancegraph.statement.Report;
import org.alliancegraph.statement.ReportCitation;
import org.alliancegraph.statement.Stance;
import org.alliancegraph.statement.Statement;
import org.alliancegraph.statement.StatementKind;
import org.alliancegraph.statement.StatementSubject;
import org.alliancegraph.topic.Topic;
import org.hibernate.reactive.mutiny.Mutiny;

import io.smallrye.mutiny.Uni;

/**
 * Stores one parsed seed file inside the caller's transaction. Records named by slug are created or updated in place
 * (their ids stay); the lists a file gives for a record (names, memberships, objectives, troop figures, status changes,
 * a statement's subjects and reports) replace what was stored for it. Every problem is a {@link SeedException} naming
 * the file and the JSON pointer of the entry.
 */
final class SeedWriter {

    private final String file;
    private final SeedFile seed;
    private final String documentText;
    private final Mutiny.Session session;
    /** Who writes: "seed" for the seed files, the editor's user for ingestDocument. */
    private final String author;
    /** Announces the statements this file adds, in its transaction. */
    private final ChangeFeed feed;
    private final List<Change> added = new ArrayList<>();

    private final Map<String, DomainEntity> bySlug = new HashMap<>();
    private final Set<String> defined = new HashSet<>();
    private final Map<String, Excerpt> excerpts = new HashMap<>();
    private SourceDocument document;
    private TextSpans spans;

    SeedWriter(String file, SeedFile seed, String documentText, Mutiny.Session session, String author,
            ChangeFeed feed) {
        this.file = file;
        this.seed = seed;
        this.documentText = documentText;
        this.session = session;
        this.author = author;
        this.feed = feed;
    }

    Uni<Void> write() {
        return Uni.createFrom().voidItem().invoke(() -> Provenance.check(file, seed))
                .chain(() -> each(seed.topics(), "/topics", this::topic))
                .chain(() -> each(seed.actors(), "/actors", this::actor))
                .chain(this::document)
                .chain(() -> each(seed.actors(), "/actors", this::actorLinks))
                .chain(() -> each(seed.alliances(), "/alliances", this::alliance))
                .chain(() -> each(seed.events(), "/events", this::event))
                .chain(() -> each(seed.missions(), "/missions", this::mission))
                .chain(() -> each(seed.factSources(), "/factSources", this::factSource))
                .chain(() -> each(seed.statements(), "/statements", this::statement))
                .chain(() -> each(seed.missions(), "/missions", this::statusChanges))
                .chain(session::flush)
                .chain(() -> each(added, "", (change, ignored) -> feed.announce(session, change)));
    }

    // --- records named by slug -------------------------------------------------------------------------------------

    private Uni<Topic> topic(TopicSeed t, String at) {
        return upsert(Topic.class, t.slug(), at, Topic::new).invoke(topic -> {
            topic.name = t.name();
            topic.description = t.description();
        }).chain(this::save);
    }

    private Uni<Actor> actor(ActorSeed a, String at) {
        return upsert(Actor.class, a.slug(), at, Actor::new).invoke(actor -> {
            actor.kind = ActorKind.valueOf(a.kind());
            actor.name = a.name();
            actor.description = a.description();
            actor.groupSize = a.groupSize();
            actor.isoCode = a.isoCode();
            actor.wikidataId = a.wikidata();
            Actor.Misfit misfit = actor.kindMisfit();
            if (misfit != null) {
                throw new SeedException(file, at + "/" + misfit.field(), misfit.problem());
            }
        }).chain(this::save);
    }

    /** Links between actors, names and roles: after every actor of the file exists. */
    private Uni<Void> actorLinks(ActorSeed a, String at) {
        Actor actor = (Actor) bySlug.get(key(Actor.class, a.slug()));
        return find(Actor.class, a.country(), at + "/country")
                .invoke(country -> actor.country = country)
                .chain(() -> find(Actor.class, a.affiliation(), at + "/affiliation"))
                .invoke(affiliation -> actor.affiliation = affiliation)
                .chain(() -> replaceNames(ActorName.class, "actor", actor, a.name(), a.names(), at, ActorName::new,
                        (name, owner) -> name.actor = owner))
                .chain(() -> each(a.roles(), at + "/roles", (r, rat) -> role(actor, r, rat)));
    }

    private Uni<PersonRole> role(Actor person, RoleSeed r, String at) {
        if (person.kind != ActorKind.PERSON) {
            return Uni.createFrom().failure(new SeedException(file, at, "only a PERSON has roles"));
        }
        return session.createSelectionQuery("from PersonRole where person = ?1 and key = ?2", PersonRole.class)
                .setParameter(1, person).setParameter(2, r.key())
                .getSingleResultOrNull()
                .chain(found -> {
                    PersonRole role = found != null ? found : new PersonRole();
                    role.person = person;
                    role.key = r.key();
                    role.title = r.title();
                    role.originalTitle = r.originalTitle();
                    role.from = date(r.from(), at + "/from");
                    role.until = date(r.until(), at + "/until");
                    checkPeriod(role.from, role.until, at);
                    bySlug.put("role:" + person.slug + "/" + r.key(), role);
                    return find(Actor.class, r.organisation(), at + "/organisation")
                            .invoke(org -> role.organisation = org)
                            .chain(() -> excerpt(r.source(), at + "/source"))
                            .invoke(source -> role.sourceId = source == null ? null : source.id)
                            .chain(() -> found != null ? Uni.createFrom().item(role) : session.persist(role))
                            .replaceWith(role);
                });
    }

    private Uni<Void> alliance(AllianceSeed a, String at) {
        return upsert(Alliance.class, a.slug(), at, Alliance::new).chain(alliance -> {
            alliance.name = a.name();
            alliance.acronym = a.acronym();
            alliance.founded = date(a.founded(), at + "/founded");
            alliance.headquarters = a.headquarters();
            alliance.scope = a.scope();
            // The source an article gave the decision rule (factSources) stays while the rule does.
            boolean keepSource = a.decisionRuleSource() == null && Objects.equals(alliance.decisionRule,
                    a.decisionRule());
            alliance.decisionRule = a.decisionRule();
            alliance.description = a.description();
            return find(Actor.class, a.organisation(), at + "/organisation")
                    .invoke(org -> alliance.organisation = org)
                    .chain(() -> keepSource
                            ? Uni.createFrom().item(alliance.decisionRuleSource)
                            : excerpt(a.decisionRuleSource(), at + "/decisionRuleSource"))
                    .invoke(source -> alliance.decisionRuleSource = source)
                    .chain(() -> save(alliance))
                    .chain(() -> replaceNames(AllianceName.class, "alliance", alliance, a.name(), a.names(), at,
                            AllianceName::new, (name, owner) -> name.alliance = owner))
                    .chain(() -> deleteChildren(Membership.class, "alliance", alliance))
                    .chain(() -> each(a.memberships(), at + "/memberships", (m, mat) -> {
                        Membership membership = new Membership();
                        membership.alliance = alliance;
                        membership.status = MembershipStatus.valueOf(m.status());
                        membership.category = m.category();
                        membership.from = date(m.from(), mat + "/from");
                        membership.until = date(m.until(), mat + "/until");
                        checkPeriod(membership.from, membership.until, mat);
                        return find(Actor.class, m.actor(), mat + "/actor")
                                .invoke(actor -> membership.actor = actor)
                                .chain(() -> excerpt(m.source(), mat + "/source"))
                                .invoke(source -> membership.source = source)
                                .chain(() -> session.persist(membership));
                    }));
        });
    }

    private Uni<Void> event(EventSeed e, String at) {
        return upsert(Event.class, e.slug(), at, Event::new).chain(event -> {
            event.kind = EventKind.valueOf(e.kind());
            event.name = e.name();
            event.place = e.place();
            event.start = date(e.start(), at + "/start");
            event.end = date(e.end(), at + "/end");
            checkPeriod(event.start, event.end, at);
            event.description = e.description();
            return find(Alliance.class, e.alliance(), at + "/alliance")
                    .invoke(alliance -> event.alliance = alliance)
                    .chain(() -> find(Actor.class, e.placeActor(), at + "/placeActor"))
                    .invoke(place -> event.placeActor = place)
                    .chain(() -> excerpt(e.source(), at + "/source"))
                    .invoke(source -> event.source = source)
                    .chain(() -> save(event))
                    .replaceWithVoid();
        });
    }

    private Uni<Void> mission(MissionSeed m, String at) {
        return upsert(Mission.class, m.slug(), at, Mission::new).chain(mission -> {
            mission.name = m.name();
            mission.acronym = m.acronym();
            mission.kind = MissionKind.valueOf(m.kind());
            mission.theatre = m.theatre();
            mission.mandate = m.mandate();
            mission.description = m.description();
            mission.start = date(m.start(), at + "/start");
            mission.end = date(m.end(), at + "/end");
            checkPeriod(mission.start, mission.end, at);
            return find(Alliance.class, m.alliance(), at + "/alliance")
                    .invoke(alliance -> mission.alliance = alliance)
                    .chain(() -> find(Actor.class, m.theatreActor(), at + "/theatreActor"))
                    .invoke(theatre -> mission.theatreActor = theatre)
                    .chain(() -> excerpt(m.mandateSource(), at + "/mandateSource"))
                    .invoke(source -> mission.mandateSource = source)
                    .chain(() -> excerpt(m.startSource(), at + "/startSource"))
                    .invoke(source -> mission.startSource = source)
                    .chain(() -> save(mission))
                    .chain(() -> deleteChildren(MissionObjective.class, "mission", mission))
                    .chain(() -> deleteChildren(TroopStrength.class, "mission", mission))
                    .chain(() -> each(m.objectives(), at + "/objectives", (o, oat) -> {
                        MissionObjective objective = new MissionObjective();
                        objective.mission = mission;
                        objective.position = indexOf(oat);
                        objective.text = o.text();
                        objective.lang = o.lang();
                        objective.translation = o.translation();
                        return excerpt(o.source(), oat + "/source")
                                .invoke(source -> objective.source = source)
                                .chain(() -> session.persist(objective));
                    }))
                    .chain(() -> each(m.troopStrengths(), at + "/troopStrengths", (t, tat) -> {
                        TroopStrength figure = new TroopStrength();
                        figure.mission = mission;
                        figure.troops = t.troops();
                        figure.approximate = t.approximate();
                        figure.asOf = date(t.asOf(), tat + "/asOf");
                        return excerpt(t.source(), tat + "/source")
                                .invoke(source -> figure.source = source)
                                .chain(() -> session.persist(figure));
                    }));
        });
    }

    private Uni<Void> statusChanges(MissionSeed m, String at) {
        Mission mission = (Mission) bySlug.get(key(Mission.class, m.slug()));
        return deleteChildren(MissionStatusChange.class, "mission", mission)
                .chain(() -> each(m.statusChanges(), at + "/statusChanges", (c, cat) -> statusChange(mission, c,
                        cat)));
    }

    private Uni<Void> statusChange(Mission mission, StatusChangeSeed c, String at) {
        MissionStatusChange change = new MissionStatusChange();
        change.mission = mission;
        change.kind = ChangeKind.valueOf(c.kind());
        change.status = MissionStatus.valueOf(c.status());
        change.realisation = Realisation.valueOf(c.realisation());
        change.effective = date(c.effective(), at + "/effective");
        change.effectiveBound = c.effectiveBound() == null ? DateBound.ON : DateBound.valueOf(c.effectiveBound());
        return find(Actor.class, c.proposedBy(), at + "/proposedBy")
                .invoke(actor -> change.proposedBy = actor)
                .chain(() -> find(Statement.class, c.statement(), at + "/statement"))
                .invoke(statement -> change.statement = statement)
                .chain(() -> excerpt(c.source(), at + "/source"))
                .invoke(source -> change.source = source)
                .chain(() -> session.persist(change));
    }

    private Uni<Void> statement(StatementSeed s, String at) {
        return upsert(Statement.class, s.slug(), at, Statement::new).chain(statement -> {
            boolean isNew = statement.id == null;
            statement.kind = StatementKind.valueOf(s.kind());
            statement.evidentialStatus = EvidentialStatus.valueOf(s.evidentialStatus());
            statement.text = s.text();
            statement.lang = s.lang();
            statement.quote = s.quote();
            statement.translation = s.translation();
            statement.translationLang = s.translationLang();
            statement.said = date(s.said(), at + "/said");
            if (s.quote() != null && !s.text().contains(s.quote())) {
                throw new SeedException(file, at + "/quote", "the quote is not part of the statement's text");
            }
            checkSubjectsOnce(s.subjects(), at + "/subjects");
            return find(Actor.class, s.speaker(), at + "/speaker")
                    .invoke(speaker -> statement.speaker = speaker)
                    .chain(() -> speakerRole(statement.speaker, s.speakerRole(), at + "/speakerRole"))
                    .invoke(role -> statement.speakerRole = role)
                    .chain(() -> find(Event.class, s.event(), at + "/event"))
                    .invoke(event -> statement.event = event)
                    .chain(() -> save(statement))
                    .chain(() -> deleteChildren(StatementSubject.class, "statement", statement))
                    .chain(() -> each(s.subjects(), at + "/subjects", (subject, sat) -> subject(statement,
                            subject, sat)))
                    .chain(() -> each(s.reports(), at + "/reports", (report, rat) -> report(statement, report,
                            rat)))
                    .invoke(() -> statement.dated = dated(statement))
                    .invoke(() -> {
                        if (isNew) {
                            added.add(Change.statementAdded(statement.id, s.speaker(), s.evidentialStatus(),
                                    s.subjects().stream().map(SubjectSeed::alliance).filter(Objects::nonNull).toList(),
                                    s.subjects().stream().map(SubjectSeed::mission).filter(Objects::nonNull)
                                            .toList()));
                        }
                    });
        });
    }

    /** A statement takes one stance towards a subject (MIXED when it takes several). */
    private void checkSubjectsOnce(List<SubjectSeed> subjects, String at) {
        Set<List<String>> seen = new HashSet<>();
        for (int i = 0; i < subjects.size(); i++) {
            SubjectSeed subject = subjects.get(i);
            if (!seen.add(Arrays.asList(subject.alliance(), subject.mission(), subject.actor(), subject.event(),
                    subject.topic()))) {
                throw new SeedException(file, at + "/" + i, "this subject is listed twice: a statement takes one "
                        + "stance towards a subject (MIXED when it takes several)");
            }
        }
    }

    /** A source in this document for a fact of an alliance or mission, which must state that fact. */
    private Uni<Void> factSource(FactSourceSeed f, String at) {
        boolean ofAlliance = f.alliance() != null;
        if (ofAlliance == (f.mission() != null)) {
            return Uni.createFrom().failure(new SeedException(file, at, "name an alliance or a mission"));
        }
        if (ofAlliance) {
            return find(Alliance.class, f.alliance(), at + "/alliance").chain(alliance -> {
                if (!f.fact().equals("decisionRule")) {
                    throw new SeedException(file, at + "/fact", "an alliance's fact with a source is decisionRule");
                }
                if (alliance.decisionRule == null) {
                    throw new SeedException(file, at + "/fact", "the alliance has no decision rule to support");
                }
                return excerpt(f.source(), at + "/source").invoke(source -> alliance.decisionRuleSource = source)
                        .replaceWithVoid();
            });
        }
        return find(Mission.class, f.mission(), at + "/mission").chain(mission -> {
            boolean mandate = f.fact().equals("mandate");
            if (!mandate && !f.fact().equals("start")) {
                throw new SeedException(file, at + "/fact", "a mission's fact with a source is mandate or start");
            }
            if ((mandate ? mission.mandate : mission.start) == null) {
                throw new SeedException(file, at + "/fact", "the mission has no " + f.fact() + " to support");
            }
            return excerpt(f.source(), at + "/source").invoke(source -> {
                if (mandate) {
                    mission.mandateSource = source;
                } else {
                    mission.startSource = source;
                }
            }).replaceWithVoid();
        });
    }

    private Uni<PersonRole> speakerRole(Actor speaker, String roleKey, String at) {
        if (roleKey == null) {
            return Uni.createFrom().nullItem();
        }
        DomainEntity cached = bySlug.get("role:" + speaker.slug + "/" + roleKey);
        if (cached != null) {
            return Uni.createFrom().item((PersonRole) cached);
        }
        return session.createSelectionQuery("from PersonRole where person = ?1 and key = ?2", PersonRole.class)
                .setParameter(1, speaker).setParameter(2, roleKey)
                .getSingleResultOrNull()
                .invoke(role -> {
                    if (role == null) {
                        throw new SeedException(file, at, "the speaker \"" + speaker.slug + "\" has no role \""
                                + roleKey + "\"");
                    }
                });
    }

    private Uni<Void> subject(Statement statement, SubjectSeed s, String at) {
        StatementSubject subject = new StatementSubject();
        subject.statement = statement;
        subject.stance = Stance.valueOf(s.stance());
        return find(Alliance.class, s.alliance(), at + "/alliance").invoke(x -> subject.alliance = x)
                .chain(() -> find(Mission.class, s.mission(), at + "/mission")).invoke(x -> subject.mission = x)
                .chain(() -> find(Actor.class, s.actor(), at + "/actor")).invoke(x -> subject.actor = x)
                .chain(() -> find(Event.class, s.event(), at + "/event")).invoke(x -> subject.event = x)
                .chain(() -> find(Topic.class, s.topic(), at + "/topic")).invoke(x -> subject.topic = x)
                .chain(() -> session.persist(subject));
    }

    private Uni<Void> report(Statement statement, ReportSeed r, String at) {
        Report report = new Report();
        report.statement = statement;
        return excerpt(r.source(), at + "/source")
                .invoke(excerpt -> {
                    report.excerpt = excerpt;
                    report.document = document;
                })
                .chain(() -> find(Actor.class, r.reportedBy(), at + "/reportedBy"))
                .invoke(outlet -> report.reportedBy = outlet)
                .chain(() -> session.persist(report))
                .chain(() -> each(r.cites(), at + "/cites", (slug, cat) -> find(Actor.class, slug, cat)
                        .chain(actor -> {
                            ReportCitation citation = new ReportCitation();
                            citation.report = report;
                            citation.position = indexOf(cat);
                            citation.actor = actor;
                            return session.persist(citation);
                        })));
    }

    /** When it was said, or else when this file's document was published, or else what it was already dated. */
    private LocalDate dated(Statement statement) {
        if (statement.said != null) {
            return statement.said.getEarliest();
        }
        if (document != null && document.published != null) {
            LocalDate published = document.published.getEarliest();
            return statement.dated == null || published.isBefore(statement.dated) ? published : statement.dated;
        }
        return statement.dated;
    }

    // --- the document and its excerpts -----------------------------------------------------------------------------

    private Uni<Void> document() {
        SeedFile.DocumentSeed d = seed.document();
        if (d == null) {
            return Uni.createFrom().voidItem();
        }
        String at = "/document";
        String textHash = Sha256.hex(documentText);
        return session.createSelectionQuery("select slug from SourceDocument where textHash = ?1 and slug <> ?2",
                String.class)
                .setParameter(1, textHash).setParameter(2, d.slug())
                .getSingleResultOrNull()
                .invoke(other -> {
                    if (other != null) {
                        throw new SeedException(file, at + "/slug", "this text is stored already, as the document \""
                                + other + "\"");
                    }
                })
                .chain(() -> upsert(SourceDocument.class, d.slug(), at, SourceDocument::new)).chain(doc -> {
                    doc.title = d.title();
                    doc.url = d.url();
                    doc.language = d.language();
                    doc.published = date(d.published(), at + "/published");
                    doc.text = documentText;
                    doc.textHash = textHash;
                    document = doc;
                    spans = new TextSpans(documentText);
                    return find(Actor.class, d.outlet(), at + "/outlet")
                            .invoke(outlet -> doc.outlet = outlet)
                            .chain(() -> save(doc))
                            .chain(() -> session.createMutationQuery("delete from Excerpt where document = ?1")
                                    .setParameter(1, doc).executeUpdate())
                            .replaceWithVoid();
                });
    }

    /** The excerpt a source points at; none for no source or one from outside the document ({@code from, url}). */
    private Uni<Excerpt> excerpt(Source source, String at) {
        if (source == null || source.external()) {
            return Uni.createFrom().nullItem();
        }
        if (document == null) {
            return Uni.createFrom().failure(new SeedException(file, at, "a source needs the file's document"));
        }
        TextSpans.Span span;
        try {
            span = source.start() != null
                    ? spans.span(source.start(), source.end(), source.quote())
                    : spans.locate(source.quote(), source.occurrence());
        } catch (IllegalArgumentException e) {
            return Uni.createFrom().failure(new SeedException(file, at, e.getMessage()));
        }
        Excerpt known = excerpts.get(span.start() + ":" + span.end());
        if (known != null) {
            return Uni.createFrom().item(known);
        }
        Excerpt excerpt = new Excerpt();
        excerpt.document = document;
        excerpt.start = span.start();
        excerpt.end = span.end();
        excerpt.text = span.text();
        excerpts.put(span.start() + ":" + span.end(), excerpt);
        return session.persist(excerpt).replaceWith(excerpt);
    }

    // --- helpers ---------------------------------------------------------------------------------------------------

    /**
     * The stored record of this slug, or a new one to fill and {@link #save}; a slug defined twice in one file is an
     * error.
     */
    private <T extends SluggedEntity> Uni<T> upsert(Class<T> type, String slug, String at, Supplier<T> create) {
        String key = key(type, slug);
        if (!defined.add(key)) {
            return Uni.createFrom().failure(new SeedException(file, at + "/slug", "\"" + slug
                    + "\" is defined twice in this file"));
        }
        return Writes.bySlug(session, type, slug)
                .map(found -> {
                    T entity = found != null ? found : create.get();
                    entity.slug = slug;
                    entity.writtenBy(author);
                    bySlug.put(key, entity);
                    return entity;
                });
    }

    /** Inserts a new record (ids come from the database, so it has one afterwards); a stored one is flushed. */
    private <T extends DomainEntity> Uni<T> save(T entity) {
        return (entity.id == null ? session.persist(entity) : session.flush()).replaceWith(entity);
    }

    /** The record a field names by slug, from this file or already stored; an unknown slug is an error. */
    private <T extends SluggedEntity> Uni<T> find(Class<T> type, String slug, String at) {
        if (slug == null) {
            return Uni.createFrom().nullItem();
        }
        String key = key(type, slug);
        DomainEntity known = bySlug.get(key);
        if (known != null) {
            return Uni.createFrom().item(type.cast(known));
        }
        return Writes.bySlug(session, type, slug)
                .invoke(found -> {
                    if (found == null) {
                        throw new SeedException(file, at, "no " + type.getSimpleName().toLowerCase()
                                + " has the slug \"" + slug + "\"");
                    }
                    bySlug.put(key, found);
                });
    }

    /**
     * Replaces the record's names with the file's. The canonical name is always among them, so that a lookup by name
     * finds every record; when the file does not list it, it is added without a language.
     */
    private <N extends LocalizedName, O extends DomainEntity> Uni<Void> replaceNames(Class<N> type, String owner,
            O entity, String canonical, List<NameSeed> names, String at, Supplier<N> create, BiConsumer<N, O> attach) {
        Set<String> seen = new HashSet<>();
        List<NameSeed> all = new ArrayList<>(names);
        if (names.stream().noneMatch(n -> n.name().equals(canonical))) {
            all.add(new NameSeed(canonical, null, NameKind.CANONICAL.name()));
        }
        return session.flush()
                .chain(() -> deleteChildren(type, owner, entity))
                .chain(() -> each(all, at + "/names", (n, nat) -> {
                    if (!seen.add(n.name() + "\u0000" + n.lang())) {
                        throw new SeedException(file, nat, "the name \"" + n.name() + "\" is listed twice");
                    }
                    N name = create.get();
                    name.name = n.name();
                    name.lang = n.lang();
                    name.kind = NameKind.valueOf(n.kind());
                    attach.accept(name, entity);
                    return session.persist(name);
                }));
    }

    private Uni<Void> deleteChildren(Class<?> type, String owner, DomainEntity parent) {
        return session.createMutationQuery("delete from " + type.getSimpleName() + " where " + owner + " = ?1")
                .setParameter(1, parent)
                .executeUpdate()
                .replaceWithVoid();
    }

    private <T> Uni<Void> each(List<T> items, String path, BiFunction<T, String, Uni<?>> step) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (int i = 0; i < items.size(); i++) {
            T item = items.get(i);
            String at = path + "/" + i;
            chain = chain.chain(() -> step.apply(item, at)).replaceWithVoid();
        }
        return chain;
    }

    private PartialDate date(String value, String at) {
        try {
            return PartialDate.parseNullable(value);
        } catch (IllegalArgumentException e) {
            throw new SeedException(file, at, e.getMessage());
        }
    }

    private void checkPeriod(PartialDate from, PartialDate until, String at) {
        if (PartialDate.endsBeforeItStarts(from, until)) {
            throw new SeedException(file, at, "ends (" + until + ") before it starts (" + from + ")");
        }
    }

    /** The index an {@link #each} step is at: the last part of its pointer. */
    private static int indexOf(String at) {
        return Integer.parseInt(at.substring(at.lastIndexOf('/') + 1));
    }

    private static String key(Class<?> type, String slug) {
        return type.getSimpleName() + ":" + slug;
    }
}
