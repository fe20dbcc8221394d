package org.alliancegraph.event;

import java.util.List;

import org.alliancegraph.actor.ActorRepository;
import org.alliancegraph.actor.ActorView;
import org.alliancegraph.alliance.AllianceRepository;
import org.alliancegraph.alliance.AllianceView;
import org.alliancegraph.document.ExcerptRepository;
import org.alliancegraph.document.ExcerptView;
import org.alliancegraph.graphql.Batches;
import org.alliancegraph.graphql.MappedErrors;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import io.smallrye.mutiny.Uni;

@GraphQLApi
@MappedErrors
public class EventApi {

    private final EventRepository events;
    private final AllianceRepository alliances;
    private final ExcerptRepository excerpts;
    private final ActorRepository actors;

    EventApi(EventRepository events, ActorRepository actors, ExcerptRepository excerpts, AllianceRepository alliances) {
        this.alliances = alliances;
        this.excerpts = excerpts;
        this.actors = actors;
        this.events = events;
    }

    @Query("event")
    @Description("One summit or meeting by slug, e.g. \"nato-summit-ankara-2026\". Null when there is none.")
    public Uni<EventView> event(@NonNull @Description("Slug of the event.") String slug) {
        return events.bySlug(slug);
    }

    @Query("events")
    @Description("All summits and meetings, by date.")
    public Uni<@NonNull List<@NonNull EventView>> events() {
        return events.listByDate();
    }

    @Description("The alliance that holds the event.")
    public Uni<List<AllianceView>> alliance(@Source List<EventView> parents) {
        return Batches.toOne(parents, EventView::allianceId, alliances::byKeys, AllianceView::rowId);
    }

    @Description("The state where the event takes place.")
    public Uni<List<ActorView>> placeActor(@Source List<EventView> parents) {
        return Batches.toOne(parents, EventView::placeActorId, actors::byKeys, ActorView::rowId);
    }

    @Description("The excerpt that mentions the event.")
    public Uni<List<ExcerptView>> source(@Source List<EventView> parents) {
        return Batches.toOne(parents, EventView::sourceId, excerpts::byKeys, ExcerptView::rowId);
    }

    @NonNull
    @Name("events")
    @Description("The alliance's summits and meetings, by date.")
    public Uni<List<@NonNull List<@NonNull EventView>>> allianceEvents(@Source List<AllianceView> parents) {
        return events.ofAlliances(Batches.keys(parents, AllianceView::rowId))
                .map(es -> Batches.group(parents, AllianceView::rowId, es, EventView::allianceId));
    }
}
