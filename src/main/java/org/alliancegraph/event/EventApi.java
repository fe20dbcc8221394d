package org.alliancegraph.event;

import java.util.List;

import org.alliancegraph.actor.Actor;
import org.alliancegraph.alliance.Alliance;
import org.alliancegraph.document.Excerpt;
import org.alliancegraph.graphql.Batches;
import org.alliancegraph.graphql.References;
import org.alliancegraph.graphql.ResolverSession;
import org.alliancegraph.statement.Statement;
import org.alliancegraph.statement.StatementRepository;
import org.alliancegraph.statement.StatementSubject;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import io.smallrye.mutiny.Uni;

@GraphQLApi
@ResolverSession
public class EventApi {

    private final EventRepository events;
    private final StatementRepository statements;

    EventApi(EventRepository events, StatementRepository statements) {
        this.events = events;
        this.statements = statements;
    }

    @Query("event")
    @Description("One summit or meeting by slug, e.g. \"nato-summit-ankara-2026\". Null when there is none.")
    public Uni<Event> event(@NonNull @Description("Slug of the event.") String slug) {
        return events.findBySlug(slug);
    }

    @Query("events")
    @Description("All summits and meetings, by date.")
    public Uni<@NonNull List<@NonNull Event>> events() {
        return events.listByDate();
    }

    @Description("The alliance that holds the event.")
    public Uni<List<Alliance>> alliance(@Source List<Event> parents) {
        return References.resolve(parents, e -> e.alliance, Alliance.class);
    }

    @Description("The state where the event takes place.")
    public Uni<List<Actor>> placeActor(@Source List<Event> parents) {
        return References.resolve(parents, e -> e.placeActor, Actor.class);
    }

    @Description("The excerpt that mentions the event.")
    public Uni<List<Excerpt>> source(@Source List<Event> parents) {
        return References.resolve(parents, e -> e.source, Excerpt.class);
    }

    @NonNull
    @Description("Statements made at the event.")
    public Uni<List<@NonNull List<@NonNull Statement>>> statements(@Source List<Event> parents) {
        return statements.atEvents(Batches.ids(parents))
                .map(ss -> Batches.group(parents, p -> p.id, ss, s -> References.idOf(s.event)));
    }

    @NonNull
    @Description("Statements about the event (who should attend, what it should decide), with stances.")
    public Uni<List<@NonNull List<@NonNull StatementSubject>>> discussedIn(@Source List<Event> parents) {
        return statements.discussing("event", Batches.ids(parents))
                .map(ss -> Batches.group(parents, p -> p.id, ss, s -> References.idOf(s.event)));
    }
}
