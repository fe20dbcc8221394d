package org.alliancegraph.statement;

import java.util.List;

import org.alliancegraph.actor.Actor;
import org.alliancegraph.actor.PersonRole;
import org.alliancegraph.alliance.Alliance;
import org.alliancegraph.common.BadUserInputException;
import org.alliancegraph.document.Excerpt;
import org.alliancegraph.document.SourceDocument;
import org.alliancegraph.event.Event;
import org.alliancegraph.graphql.Batches;
import org.alliancegraph.graphql.GlobalId;
import org.alliancegraph.graphql.References;
import org.alliancegraph.graphql.ResolverSession;
import org.alliancegraph.graphql.Window;
import org.alliancegraph.mission.Mission;
import org.alliancegraph.topic.Topic;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import io.smallrye.mutiny.Uni;

@GraphQLApi
@ResolverSession
public class StatementApi {

    private final StatementRepository statements;

    StatementApi(StatementRepository statements) {
        this.statements = statements;
    }

    @Query("statement")
    @Description("One statement, by id or by slug (give exactly one). Null when there is none.")
    public Uni<Statement> statement(@Id @Description("Id of the statement.") String id,
            @Description("Slug of the statement, e.g. \"us-demands-end-of-iraq-mission\".") String slug) {
        if ((id == null) == (slug == null)) {
            throw new BadUserInputException("statement: give exactly one of id and slug");
        }
        return id != null
                ? statements.findByIdWithSpeaker(GlobalId.decode("id", id, "Statement"))
                : statements.findBySlugWithSpeaker(slug);
    }

    @Query("statements")
    @Description("Statements, filtered and paged with cursors: first/after forward, last/before backward, at most "
            + Window.MAX_PAGE_SIZE + " a page (20 when neither first nor last is given).")
    public Uni<@NonNull StatementConnection> statements(@Description("Which statements.") StatementFilter filter,
            @Description("The order of the list.") @DefaultValue("OLDEST_FIRST") StatementOrder orderBy,
            @Description("Page size, reading forward.") Integer first,
            @Description("Cursor after which the page starts.") String after,
            @Description("Page size, reading backward.") Integer last,
            @Description("Cursor before which the page ends.") String before) {
        Window window = Window.of("statement", first, after, last, before, 20);
        return statements.page(filter, orderBy, window).map(rows -> {
            Window.Page<StatementEdge> page = window.page(rows, s -> s.id, StatementEdge::new);
            return new StatementConnection(page.edges(), page.pageInfo(), filter, null);
        });
    }

    @NonNull
    @Description("Who made the statement.")
    public Uni<List<Actor>> speaker(@Source List<Statement> parents) {
        return References.resolve(parents, s -> s.speaker, Actor.class);
    }

    @Description("The role the speaker held when speaking, e.g. German Minister of Defence.")
    public Uni<List<PersonRole>> speakerRole(@Source List<Statement> parents) {
        return References.resolve(parents, s -> s.speakerRole, PersonRole.class);
    }

    @Description("The summit or meeting at which it was said.")
    public Uni<List<Event>> event(@Source List<Statement> parents) {
        return References.resolve(parents, s -> s.event, Event.class);
    }

    @NonNull
    @Description("What the statement is about, each with the speaker's stance.")
    public Uni<List<@NonNull List<@NonNull StatementSubject>>> subjects(@Source List<Statement> parents) {
        return statements.subjects(Batches.ids(parents))
                .map(ss -> Batches.group(parents, p -> p.id, ss, s -> References.idOf(s.statement)));
    }

    @NonNull
    @Description("The documents that report the statement, each with the supporting excerpt, reporting outlet and "
            + "cited sources.")
    public Uni<List<@NonNull List<@NonNull Report>>> reports(@Source List<Statement> parents) {
        return statements.reportsOfStatements(Batches.ids(parents))
                .map(rs -> Batches.group(parents, p -> p.id, rs, r -> References.idOf(r.statement)));
    }

    @NonNull
    @Name("statement")
    @Description("The statement.")
    public Uni<List<Statement>> subjectStatement(@Source List<StatementSubject> subjects) {
        return References.resolve(subjects, s -> s.statement, Statement.class);
    }

    @Description("The alliance the statement is about, when its subject is an alliance.")
    public Uni<List<Alliance>> alliance(@Source List<StatementSubject> subjects) {
        return References.resolve(subjects, s -> s.alliance, Alliance.class);
    }

    @Description("The mission the statement is about, when its subject is a mission.")
    public Uni<List<Mission>> mission(@Source List<StatementSubject> subjects) {
        return References.resolve(subjects, s -> s.mission, Mission.class);
    }

    @Description("The actor the statement is about, when its subject is an actor.")
    public Uni<List<Actor>> actor(@Source List<StatementSubject> subjects) {
        return References.resolve(subjects, s -> s.actor, Actor.class);
    }

    @Name("event")
    @Description("The event the statement is about, when its subject is an event.")
    public Uni<List<Event>> subjectEvent(@Source List<StatementSubject> subjects) {
        return References.resolve(subjects, s -> s.event, Event.class);
    }

    @Description("The topic the statement is about, when its subject is a topic.")
    public Uni<List<Topic>> topic(@Source List<StatementSubject> subjects) {
        return References.resolve(subjects, s -> s.topic, Topic.class);
    }

    @NonNull
    @Name("statement")
    @Description("The statement reported.")
    public Uni<List<Statement>> reportStatement(@Source List<Report> reports) {
        return References.resolve(reports, r -> r.statement, Statement.class);
    }

    @NonNull
    @Description("The document that reports it.")
    public Uni<List<SourceDocument>> document(@Source List<Report> reports) {
        return References.resolve(reports, r -> r.document, SourceDocument.class);
    }

    @NonNull
    @Description("The sentence of the document that supports the statement, with its character span.")
    public Uni<List<Excerpt>> excerpt(@Source List<Report> reports) {
        return References.resolve(reports, r -> r.excerpt, Excerpt.class);
    }

    @Description("The outlet the document says reported the statement (\"Selon Politico\": Politico).")
    public Uni<List<Actor>> reportedBy(@Source List<Report> reports) {
        return References.resolve(reports, r -> r.reportedBy, Actor.class);
    }

    @NonNull
    @Description("The sources the reporting outlet cites (\"two NATO diplomats\"), in the document's order.")
    public Uni<List<@NonNull List<@NonNull Actor>>> cites(@Source List<Report> reports) {
        return statements.citations(Batches.ids(reports))
                .map(cs -> Batches.group(reports, r -> r.id, cs, c -> References.idOf(c.report)).stream()
                        .map(citations -> citations.stream().map(c -> c.actor).toList())
                        .toList());
    }
}
