package org.alliancegraph.mission;

import java.util.List;

import org.alliancegraph.actor.Actor;
import org.alliancegraph.alliance.Alliance;
import org.alliancegraph.document.Excerpt;
import org.alliancegraph.graphql.Batches;
import org.alliancegraph.graphql.References;
import org.alliancegraph.graphql.ResolverSession;
import org.alliancegraph.graphql.Window;
import org.alliancegraph.statement.Statement;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import io.smallrye.mutiny.Uni;

@GraphQLApi
@ResolverSession
public class MissionApi {

    private final MissionRepository missions;

    MissionApi(MissionRepository missions) {
        this.missions = missions;
    }

    @Query("mission")
    @Description("One mission by slug, e.g. \"kfor\", \"nato-mission-iraq\". Null when there is none.")
    public Uni<Mission> mission(@NonNull @Description("Slug of the mission.") String slug) {
        return missions.findBySlug(slug);
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
            Window.Page<MissionEdge> page = window.page(rows, m -> m.id, MissionEdge::new);
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
    public Uni<List<Alliance>> alliance(@Source List<Mission> parents) {
        return References.resolve(parents, m -> m.alliance, Alliance.class);
    }

    @Description("The state or territory where the mission operates.")
    public Uni<List<Actor>> theatreActor(@Source List<Mission> parents) {
        return References.resolve(parents, m -> m.theatreActor, Actor.class);
    }

    @Description("The excerpt that states the mandate.")
    public Uni<List<Excerpt>> mandateSource(@Source List<Mission> parents) {
        return References.resolve(parents, m -> m.mandateSource, Excerpt.class);
    }

    @Description("The excerpt that states when the mission was launched.")
    public Uni<List<Excerpt>> startSource(@Source List<Mission> parents) {
        return References.resolve(parents, m -> m.startSource, Excerpt.class);
    }

    @Description("The current status: the status after the last change that took place (proposals do not count).")
    public Uni<List<MissionStatus>> status(@Source List<Mission> parents) {
        return currentStatuses(parents);
    }

    @NonNull
    @Description("The mission's objectives, in order.")
    public Uni<List<@NonNull List<@NonNull MissionObjective>>> objectives(@Source List<Mission> parents) {
        return missions.objectives(Batches.ids(parents))
                .map(os -> Batches.group(parents, p -> p.id, os, o -> References.idOf(o.mission)));
    }

    @NonNull
    @Description("Troop figures over time, each with its source.")
    public Uni<List<@NonNull List<@NonNull TroopStrength>>> troopStrengths(@Source List<Mission> parents) {
        return missions.troopStrengths(Batches.ids(parents))
                .map(ts -> Batches.group(parents, p -> p.id, ts, t -> References.idOf(t.mission)));
    }

    @NonNull
    @Description("The mission's status over time: changes that took place and changes proposed, in order.")
    public Uni<List<@NonNull List<@NonNull MissionStatusChange>>> statusChanges(@Source List<Mission> parents) {
        return missions.statusChanges(Batches.ids(parents))
                .map(cs -> Batches.group(parents, p -> p.id, cs, c -> References.idOf(c.mission)));
    }

    @Name("source")
    @Description("The excerpt that states the objective.")
    public Uni<List<Excerpt>> objectiveSource(@Source List<MissionObjective> objectives) {
        return References.resolve(objectives, o -> o.source, Excerpt.class);
    }

    @NonNull
    @Name("source")
    @Description("The excerpt that gives the figure.")
    public Uni<List<Excerpt>> troopStrengthSource(@Source List<TroopStrength> figures) {
        return References.resolve(figures, t -> t.source, Excerpt.class);
    }

    @NonNull
    @Name("mission")
    @Description("The mission whose status changes.")
    public Uni<List<Mission>> statusChangeMission(@Source List<MissionStatusChange> changes) {
        return References.resolve(changes, c -> c.mission, Mission.class);
    }

    @Description("Who proposed, demanded or requested the change.")
    public Uni<List<Actor>> proposedBy(@Source List<MissionStatusChange> changes) {
        return References.resolve(changes, c -> c.proposedBy, Actor.class);
    }

    @Description("The statement that proposed or reported the change.")
    public Uni<List<Statement>> statement(@Source List<MissionStatusChange> changes) {
        return References.resolve(changes, c -> c.statement, Statement.class);
    }

    @Name("source")
    @Description("The excerpt that states the change.")
    public Uni<List<Excerpt>> statusChangeSource(@Source List<MissionStatusChange> changes) {
        return References.resolve(changes, c -> c.source, Excerpt.class);
    }

    private Uni<List<MissionStatus>> currentStatuses(List<Mission> parents) {
        return missions.statusChanges(Batches.ids(parents))
                .map(cs -> Batches.group(parents, p -> p.id, cs, c -> References.idOf(c.mission)).stream()
                        .map(CurrentStatus::of)
                        .toList());
    }
}
