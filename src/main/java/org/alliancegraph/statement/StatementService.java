package org.alliancegraph.statement;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.alliancegraph.actor.Actor;
import org.alliancegraph.actor.PersonRole;
import org.alliancegraph.actor.PersonRoleRepository;
import org.alliancegraph.alliance.Alliance;
import org.alliancegraph.common.PartialDate;
import org.alliancegraph.common.Place;
import org.alliancegraph.common.Writes;
import org.alliancegraph.document.SourceDocument;
import org.alliancegraph.event.Event;
import org.alliancegraph.live.Change;
import org.alliancegraph.live.ChangeFeed;
import org.alliancegraph.mission.Mission;
import org.alliancegraph.topic.Topic;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Writes of the statement aggregate (a statement with its subjects, reports and their citations), for the mutations and
 * the seed loader alike: the rules of the aggregate and its transaction, which a caller's transaction (a seed file's,
 * ingestDocument's) takes in. Every statement write takes the rollup's write lock first
 * ({@link StatementRepository#findBySlug}).
 */
@ApplicationScoped
public class StatementService {

    private final StatementRepository statements;
    private final PersonRoleRepository roles;
    private final ChangeFeed feed;

    StatementService(StatementRepository statements, PersonRoleRepository roles, ChangeFeed feed) {
        this.statements = statements;
        this.roles = roles;
        this.feed = feed;
    }

    /** Changes the given fields, from the version the client read; the text must keep the statement's quote. */
    public Uni<Statement> update(String slug, int expectedVersion, StatementUpdate changes, String author, Place at) {
        PartialDate said = at.date("said", changes.said);
        return Writes.update("statement \"" + slug + "\"", () -> statements.findBySlug(slug), expectedVersion,
                statement -> {
                    if (changes.evidentialStatus != null) {
                        statement.evidentialStatus = changes.evidentialStatus;
                    }
                    if (changes.kind != null) {
                        statement.kind = changes.kind;
                    }
                    if (changes.text != null) {
                        keepsQuote(changes.text, statement.quote, at, "text");
                        statement.text = changes.text;
                    }
                    if (said != null) {
                        statement.said = said;
                        statement.dated = said.getEarliest();
                    }
                    statement.writtenBy(author);
                    return Uni.createFrom().voidItem();
                });
    }

    /** Deletes a statement with its subjects and reports; status changes it proposed keep their other fields. */
    public Uni<String> delete(String slug) {
        return Writes.delete("statement \"" + slug + "\"", () -> statements.findBySlug(slug));
    }

    /**
     * Stores a statement whole over what its slug has (or as a new one, announced to subscribers when the write
     * commits): its fields, its subjects (replacing those it had) and the reports of {@code document}.
     *
     * @param document
     *            the document the statement comes with, whose publication dates it when it gives no date; null for none
     */
    public Uni<Statement> store(StatementData data, List<SubjectData> subjects, List<ReportData> reports,
            SourceDocument document, String author, Place at) {
        keepsQuote(data.text(), data.quote(), at, "quote");
        checkSubjectsOnce(subjects, at.at("subjects"));
        return Panache.withTransaction(() -> statements.findBySlug(data.slug()).chain(found -> {
            Statement statement = found != null ? found : new Statement();
            boolean added = found == null;
            statement.slug = data.slug();
            statement.kind = data.kind();
            statement.evidentialStatus = data.evidentialStatus();
            statement.text = data.text();
            statement.lang = data.lang();
            statement.quote = data.quote();
            statement.translation = data.translation();
            statement.translationLang = data.translationLang();
            statement.said = at.date("said", data.said());
            statement.dated = dated(statement, document);
            statement.writtenBy(author);
            return at.reference(Actor.class, "speaker", data.speaker())
                    .invoke(speaker -> statement.speaker = speaker)
                    .chain(() -> speakerRole(statement.speaker, data.speakerRole(), at))
                    .invoke(role -> statement.speakerRole = role)
                    .chain(() -> at.reference(Event.class, "event", data.event()))
                    .invoke(event -> statement.event = event)
                    .chain(() -> statement.id == null ? statements.persist(statement) : Writes.flush())
                    .chain(() -> Writes.deleteChildren(StatementSubject.class, "statement", statement))
                    .chain(() -> at.at("subjects").each(subjects, (subject, sat) -> subject(statement, subject, sat)))
                    .chain(() -> at.at("reports").each(reports, (report, rat) -> report(statement, report, rat)))
                    .chain(() -> added ? announce(statement, data, subjects) : Uni.createFrom().voidItem())
                    .replaceWith(statement);
        }));
    }

    /** The statement's text keeps its quote; BAD_USER_INPUT on the field given as at fault when it does not. */
    private static void keepsQuote(String text, String quote, Place at, String field) {
        if (quote != null && !text.contains(quote)) {
            throw at.invalid(field, "the text must contain the quote \"" + quote + "\"");
        }
    }

    /** A statement takes one stance towards a subject (MIXED when it takes several). */
    private static void checkSubjectsOnce(List<SubjectData> subjects, Place at) {
        Set<List<String>> seen = new HashSet<>();
        for (int i = 0; i < subjects.size(); i++) {
            SubjectData subject = subjects.get(i);
            if (!seen.add(Arrays.asList(subject.alliance(), subject.mission(), subject.actor(), subject.event(),
                    subject.topic()))) {
                throw at.at(i).invalid("this subject is listed twice: a statement takes one stance towards a subject "
                        + "(MIXED when it takes several)");
            }
        }
    }

    /** When it was said, or else when its document was published, or else what it was already dated. */
    private static LocalDate dated(Statement statement, SourceDocument document) {
        if (statement.said != null) {
            return statement.said.getEarliest();
        }
        if (document != null && document.published != null) {
            LocalDate published = document.published.getEarliest();
            return statement.dated == null || published.isBefore(statement.dated) ? published : statement.dated;
        }
        return statement.dated;
    }

    private Uni<PersonRole> speakerRole(Actor speaker, String key, Place at) {
        if (key == null) {
            return Uni.createFrom().nullItem();
        }
        return roles.findByKey(speaker, key).invoke(role -> {
            if (role == null) {
                throw at.invalid("speakerRole", "the speaker \"" + speaker.slug + "\" has no role \"" + key + "\"");
            }
        });
    }

    private static Uni<Void> subject(Statement statement, SubjectData data, Place at) {
        StatementSubject subject = new StatementSubject();
        subject.statement = statement;
        subject.stance = data.stance();
        return at.reference(Alliance.class, "alliance", data.alliance()).invoke(x -> subject.alliance = x)
                .chain(() -> at.reference(Mission.class, "mission", data.mission())).invoke(x -> subject.mission = x)
                .chain(() -> at.reference(Actor.class, "actor", data.actor())).invoke(x -> subject.actor = x)
                .chain(() -> at.reference(Event.class, "event", data.event())).invoke(x -> subject.event = x)
                .chain(() -> at.reference(Topic.class, "topic", data.topic())).invoke(x -> subject.topic = x)
                .chain(() -> Writes.persist(subject));
    }

    private static Uni<Void> report(Statement statement, ReportData data, Place at) {
        Report report = new Report();
        report.statement = statement;
        report.document = data.document();
        report.excerpt = data.excerpt();
        return at.reference(Actor.class, "reportedBy", data.reportedBy())
                .invoke(outlet -> report.reportedBy = outlet)
                .chain(() -> Writes.persist(report))
                .chain(() -> at.at("cites").each(data.cites(), (slug, cat) -> Writes
                        .reference(Actor.class, slug, cat.path())
                        .chain(actor -> {
                            ReportCitation citation = new ReportCitation();
                            citation.report = report;
                            citation.position = cat.index();
                            citation.actor = actor;
                            return Writes.persist(citation);
                        })));
    }

    private Uni<Void> announce(Statement statement, StatementData data, List<SubjectData> subjects) {
        Change change = Change.statementAdded(statement.id, data.speaker(), data.evidentialStatus().name(),
                subjects.stream().map(SubjectData::alliance).filter(Objects::nonNull).toList(),
                subjects.stream().map(SubjectData::mission).filter(Objects::nonNull).toList());
        return Panache.getSession().chain(session -> feed.announce(session, change));
    }
}
