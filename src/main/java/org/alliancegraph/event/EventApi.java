package org.alliancegraph.event;

import java.util.List;

import org.alliancegraph.actor.Actor;
import org.alliancegraph.alliance.Alliance;
import org.alliancegraph.document.Excerpt;
import org.alliancegraph.graphql.References;
import org.alliancegraph.graphql.ResolverSession;
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

    EventApi(EventRepository events) {
        this.events = events;
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
}
