package org.alliancegraph.mission;

import java.util.List;

import org.alliancegraph.actor.ActorRepository;
import org.alliancegraph.actor.ActorView;
import org.alliancegraph.alliance.AllianceRepository;
import org.alliancegraph.alliance.AllianceView;
import org.alliancegraph.document.ExcerptRepository;
import org.alliancegraph.document.ExcerptView;
import org.alliancegraph.graphql.Batches;
import org.alliancegraph.graphql.MappedErrors;
import org.alliancegraph.graphql.Window;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import io.smallrye.mutiny.Uni;

@GraphQLApi
@MappedErrors
public class MissionApi {

    private final MissionRepository missions;
    private final AllianceRepository alliances;
    private final ExcerptRepository excerpts;
    private final ActorRepository actors;

    MissionApi(MissionRepository missions, ActorRepository actors, ExcerptRepository excerpts,
            AllianceRepository alliances) {
        this.alliances = alliances;
        this.excerpts = excerpts;
        this.actors = actors;
        this.missions = missions;
    }

    @Query("mission")
    @Description("One mission by slug, e.g. \"kfor\", \"nato-mission-iraq\". Null when there is none.")
    public Uni<MissionView> mission(@NonNull @Description("Slug of the mission.") String slug) {
        return missions.bySlug(slug);
    }

    @Query("missions")
    @Description("Missions by name, optionally of one alliance and in one current status, paged with cursors: "
            + "first/after forward, last/before backward, at most " + Window.MAX_PAGE_SIZE + " a page (50 when "
            + "neither first nor last is given).")
    public Uni<@NonNull MissionConnection> missions(
            @Description("Slug of the alliance, e.g. \"nato\".") String alliance,
            @Description("Only missions whose current status is this.") MissionStatus status,
            @Description("Page size, reading forward.") Integer first,
            @Description("Cursor after which the page starts.") String after,
            @Description("Page size, reading backward.") Integer last,
            @Description("Cursor before which the page ends.") String before) {
        Window window = Window.of("mission", first, after, last, before, 50);
        return missions.page(alliance, status, window).map(rows -> {
            Window.Page<MissionEdge> page = window.page(rows, MissionView::rowId, MissionEdge::new);
            return new MissionConnection(page.edges(), page.pageInfo(), alliance, status);
        });
    }

    @NonNull
    @Description("How many missions the list holds in all; counted only when asked for.")
    public Uni<Long> totalCount(@Source MissionConnection connection) {
        return missions.count(connection.alliance, connection.status);
    }

    @NonNull
    @Description("The alliance that runs the mission.")
    public Uni<List<AllianceView>> alliance(@Source List<MissionView> parents) {
        return Batches.toOne(parents, MissionView::allianceId, MissionView::joinedAlliance, alliances::byKeys,
                AllianceView::rowId);
    }

    @Description("The state or territory where the mission operates.")
    public Uni<List<ActorView>> theatreActor(@Source List<MissionView> parents) {
        return Batches.toOne(parents, MissionView::theatreActorId, MissionView::joinedTheatreActor, actors::byKeys,
                ActorView::rowId);
    }

    @Description("The excerpt that states the mandate.")
    public Uni<List<ExcerptView>> mandateSource(@Source List<MissionView> parents) {
        return Batches.toOne(parents, MissionView::mandateSourceId, MissionView::joinedMandateSource,
                excerpts::byKeys, ExcerptView::rowId);
    }

    @Description("The excerpt that states when the mission was launched.")
    public Uni<List<ExcerptView>> startSource(@Source List<MissionView> parents) {
        return Batches.toOne(parents, MissionView::startSourceId, MissionView::joinedStartSource, excerpts::byKeys,
                ExcerptView::rowId);
    }

    @Description("The current status: the status after the last change that took place (proposals do not count).")
    public Uni<List<MissionStatus>> status(@Source List<MissionView> parents) {
        return currentStatuses(parents);
    }

    @NonNull
    @Description("The mission's objectives, in order.")
    public Uni<List<@NonNull List<@NonNull MissionObjectiveView>>> objectives(@Source List<MissionView> parents) {
        return missions.objectives(Batches.keys(parents, MissionView::rowId))
                .map(os -> Batches.group(parents, MissionView::rowId, os, MissionObjectiveView::missionId));
    }

    @NonNull
    @Description("Troop figures over time, each with its source.")
    public Uni<List<@NonNull List<@NonNull TroopStrengthView>>> troopStrengths(@Source List<MissionView> parents) {
        return missions.troopStrengths(Batches.keys(parents, MissionView::rowId))
                .map(ts -> Batches.group(parents, MissionView::rowId, ts, TroopStrengthView::missionId));
    }

    @NonNull
    @Description("The mission's status over time: changes that took place and changes proposed, in order.")
    public Uni<List<@NonNull List<@NonNull MissionStatusChangeView>>> statusChanges(
            @Source List<MissionView> parents) {
        return missions.statusChanges(Batches.keys(parents, MissionView::rowId))
                .map(cs -> Batches.group(parents, MissionView::rowId, cs, MissionStatusChangeView::missionId));
    }

    @Name("source")
    @Description("The excerpt that states the objective.")
    public Uni<List<ExcerptView>> objectiveSource(@Source List<MissionObjectiveView> objectives) {
        return Batches.toOne(objectives, MissionObjectiveView::sourceId, MissionObjectiveView::joinedSource,
                excerpts::byKeys, ExcerptView::rowId);
    }

    @NonNull
    @Name("source")
    @Description("The excerpt that gives the figure.")
    public Uni<List<ExcerptView>> troopStrengthSource(@Source List<TroopStrengthView> figures) {
        return Batches.toOne(figures, TroopStrengthView::sourceId, TroopStrengthView::joinedSource, excerpts::byKeys,
                ExcerptView::rowId);
    }

    @NonNull
    @Name("mission")
    @Description("The mission whose status changes.")
    public Uni<List<MissionView>> statusChangeMission(@Source List<MissionStatusChangeView> changes) {
        return Batches.toOne(changes, MissionStatusChangeView::missionId, missions::byKeys, MissionView::rowId);
    }

    @Description("Who proposed, demanded or requested the change.")
    public Uni<List<ActorView>> proposedBy(@Source List<MissionStatusChangeView> changes) {
        return Batches.toOne(changes, MissionStatusChangeView::proposedById, MissionStatusChangeView::joinedProposedBy,
                actors::byKeys, ActorView::rowId);
    }

    @Name("source")
    @Description("The excerpt that states the change.")
    public Uni<List<ExcerptView>> statusChangeSource(@Source List<MissionStatusChangeView> changes) {
        return Batches.toOne(changes, MissionStatusChangeView::sourceId, MissionStatusChangeView::joinedSource,
                excerpts::byKeys, ExcerptView::rowId);
    }

    private Uni<List<MissionStatus>> currentStatuses(List<MissionView> parents) {
        return missions.statusChanges(Batches.keys(parents, MissionView::rowId))
                .map(cs -> Batches.group(parents, MissionView::rowId, cs, MissionStatusChangeView::missionId).stream()
                        .map(CurrentStatus::of)
                        .toList());
    }

    @NonNull
    @Name("missions")
    @Description("The missions the alliance runs or ran.")
    public Uni<List<@NonNull List<@NonNull MissionView>>> allianceMissions(@Source List<AllianceView> parents) {
        return missions.ofAlliances(Batches.keys(parents, AllianceView::rowId))
                .map(ms -> Batches.group(parents, AllianceView::rowId, ms, MissionView::allianceId));
    }
}
