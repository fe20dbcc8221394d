package org.alliancegraph.mission;

import org.alliancegraph.actor.Actor;
import org.alliancegraph.alliance.Alliance;
import org.alliancegraph.common.PartialDate;
import org.alliancegraph.common.Writes;
import org.alliancegraph.graphql.InputValidation;
import org.alliancegraph.graphql.MappedErrors;
import org.alliancegraph.live.Change;
import org.alliancegraph.live.ChangeFeed;
import org.alliancegraph.security.Access;
import org.alliancegraph.security.Role;
import org.alliancegraph.statement.Statement;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

@GraphQLApi
@MappedErrors
public class MissionMutations {

    private final MissionRepository missions;
    private final Access access;
    private final InputValidation validation;
    private final ChangeFeed feed;

    MissionMutations(MissionRepository missions, Access access, InputValidation validation, ChangeFeed feed) {
        this.missions = missions;
        this.access = access;
        this.validation = validation;
        this.feed = feed;
    }

    @Mutation("createMission")
    @Description("Creates a mission of an alliance. A slug in use is a CONFLICT; an alliance or theatre actor that "
            + "does not exist is NOT_FOUND. Needs the editor role.")
    public Uni<@NonNull MissionView> createMission(@NonNull @Description("The new mission.") MissionInput input) {
        String author = access.require(Role.EDITOR);
        validation.check("input", input);
        Mission mission = new Mission();
        mission.slug = input.slug;
        mission.name = input.name;
        mission.acronym = input.acronym;
        mission.kind = input.kind;
        mission.theatre = input.theatre;
        mission.mandate = input.mandate;
        mission.description = input.description;
        mission.start = PartialDate.parseArgument("input.start", input.start);
        mission.writtenBy(author);
        String what = "mission \"" + input.slug + "\"";
        return Writes.conflictsReported(Panache.withTransaction(() -> missions.findBySlug(input.slug)
                .invoke(existing -> Writes.absent(existing, what))
                .chain(() -> Writes.reference(Alliance.class, input.alliance, "input.alliance"))
                .invoke(alliance -> mission.alliance = alliance)
                .chain(() -> Writes.reference(Actor.class, input.theatreActor, "input.theatreActor"))
                .invoke(actor -> mission.theatreActor = actor)
                .chain(() -> missions.persist(mission))), what)
                .chain(created -> missions.byKey(created.id));
    }

    @Mutation("updateMission")
    @Description("Changes a mission's fields, from the version the client read: if the mission changed since, the "
            + "update is refused with CONFLICT and nothing is written. Needs the editor role.")
    public Uni<@NonNull MissionView> updateMission(
            @NonNull @Description("Slug of the mission, e.g. \"kfor\".") String slug,
            @NonNull @Description("The mission's version the change was made from.") Integer expectedVersion,
            @NonNull @Description("The fields to change.") MissionUpdate input) {
        String author = access.require(Role.EDITOR);
        validation.check("input", input);
        String what = "mission \"" + slug + "\"";
        return Writes.update(what, () -> missions.findBySlug(slug), expectedVersion, mission -> {
            input.applyTo(mission);
            mission.writtenBy(author);
            return Uni.createFrom().voidItem();
        }).chain(updated -> missions.byKey(updated.id));
    }

    @Mutation("recordMissionStatusChange")
    @Description("Records a change of a mission's status, taken place or proposed, optionally linked to who proposed "
            + "it and the statement that did. Raises the mission's version and announces the change to "
            + "missionStatusChanged subscribers once stored. Needs the editor role.")
    public Uni<@NonNull MissionStatusChangeView> recordMissionStatusChange(
            @NonNull @Description("The change.") StatusChangeInput input) {
        String author = access.require(Role.EDITOR);
        validation.check("input", input);
        MissionStatusChange change = new MissionStatusChange();
        change.kind = input.kind;
        change.status = input.status;
        change.realisation = input.realisation;
        change.effective = PartialDate.parseArgument("input.effective", input.effective);
        change.effectiveBound = input.effectiveBound == null ? DateBound.ON : input.effectiveBound;
        String what = "mission \"" + input.mission + "\"";
        return Writes.conflictsReported(Panache.withTransaction(() -> missions.findBySlug(input.mission)
                .map(mission -> Writes.found(mission, what, "input.mission"))
                .invoke(mission -> {
                    change.mission = mission;
                    mission.writtenBy(author);
                })
                .chain(() -> Writes.reference(Actor.class, input.proposedBy, "input.proposedBy"))
                .invoke(actor -> change.proposedBy = actor)
                .chain(() -> Writes.reference(Statement.class, input.statement, "input.statement"))
                .invoke(statement -> change.statement = statement)
                .chain(() -> Panache.getSession())
                .call(session -> session.persist(change).chain(session::flush))
                .call(session -> feed.announce(session, Change.missionStatusChanged(change.id, input.mission)))
                .replaceWith(change)), what)
                .chain(recorded -> missions.statusChange(recorded.id));
    }
}
