package org.alliancegraph.mission;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.alliancegraph.actor.Actor;
import org.alliancegraph.alliance.Alliance;
import org.alliancegraph.common.Place;
import org.alliancegraph.common.Writes;
import org.alliancegraph.document.Excerpt;
import org.alliancegraph.live.Change;
import org.alliancegraph.live.ChangeFeed;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Writes of the mission aggregate (a mission with its objectives, troop figures and status changes), for the mutations
 * and the seed loader alike: the rules of the aggregate and its transaction, which a caller's transaction (a seed
 * file's) takes in.
 */
@ApplicationScoped
public class MissionService {

    private final MissionRepository missions;
    private final ChangeFeed feed;

    MissionService(MissionRepository missions, ChangeFeed feed) {
        this.missions = missions;
        this.feed = feed;
    }

    /** A new mission; CONFLICT when the slug is taken, NOT_FOUND for an alliance or theatre that does not exist. */
    public Uni<Mission> create(MissionData data, String author, Place at) {
        String what = "mission \"" + data.slug() + "\"";
        return Writes.conflictsReported(Panache.withTransaction(() -> missions.findBySlug(data.slug())
                .invoke(existing -> Writes.absent(existing, what, at.field("slug")))
                .chain(() -> fill(new Mission(), data, author, at))
                .call(missions::persist)), what);
    }

    /** Changes the given fields, from the version the client read. */
    public Uni<Mission> update(String slug, int expectedVersion, MissionUpdate changes, String author) {
        return Writes.update("mission \"" + slug + "\"", () -> missions.findBySlug(slug), expectedVersion,
                mission -> {
                    changes.applyTo(mission);
                    mission.writtenBy(author);
                    return Uni.createFrom().voidItem();
                });
    }

    /**
     * Records a change of the mission's status, raises the mission's version and announces the change to
     * missionStatusChanged subscribers once stored.
     */
    public Uni<MissionStatusChange> recordStatusChange(String mission, StatusChangeData data, String author,
            Place at) {
        String what = "mission \"" + mission + "\"";
        return Writes.conflictsReported(Panache.withTransaction(() -> missions.findBySlug(mission)
                .map(found -> Writes.found(found, what, at.field("mission")))
                .invoke(found -> found.writtenBy(author))
                .chain(found -> statusChange(found, data, at))
                .call(Writes::flush)
                .call(change -> Panache.getSession()
                        .chain(session -> feed.announce(session, Change.missionStatusChanged(change.id, mission))))),
                what);
    }

    /**
     * Stores a mission over what its slug has (or as a new one): its fields, objectives and troop figures (replacing
     * those it had). Its status changes follow with {@link #storeStatusChanges}, once the statements that proposed them
     * are stored.
     */
    public Uni<Mission> store(MissionData data, List<ObjectiveData> objectives, List<TroopData> troops,
            String author, Place at) {
        return Panache.withTransaction(() -> missions.findBySlug(data.slug())
                .chain(found -> fill(found != null ? found : new Mission(), data, author, at))
                .call(mission -> mission.id == null ? missions.persist(mission) : Writes.flush())
                .call(mission -> Writes.deleteChildren(MissionObjective.class, "mission", mission))
                .call(mission -> Writes.deleteChildren(TroopStrength.class, "mission", mission))
                .call(mission -> at.at("objectives").each(objectives, (o, oat) -> {
                    MissionObjective objective = new MissionObjective();
                    objective.mission = mission;
                    objective.position = oat.index();
                    objective.text = o.text();
                    objective.lang = o.lang();
                    objective.translation = o.translation();
                    objective.source = o.source();
                    return Writes.persist(objective);
                }))
                .call(mission -> at.at("troopStrengths").each(troops, (t, tat) -> {
                    TroopStrength figure = new TroopStrength();
                    figure.mission = mission;
                    figure.troops = t.troops();
                    figure.approximate = t.approximate();
                    figure.asOf = tat.date("asOf", t.asOf());
                    figure.source = t.source();
                    return Writes.persist(figure);
                })));
    }

    /** Replaces the stored mission's status changes with these. */
    public Uni<Void> storeStatusChanges(String mission, List<StatusChangeData> changes, Place at) {
        return Panache.withTransaction(() -> missions.findBySlug(mission)
                .call(found -> Writes.deleteChildren(MissionStatusChange.class, "mission", found))
                .chain(found -> at.at("statusChanges").each(changes, (c, cat) -> statusChange(found, c, cat))));
    }

    /**
     * Gives a fact of the mission (its {@code mandate} or {@code start}) the excerpt that states it; the mission must
     * have that fact.
     */
    public Uni<Void> sourceFact(String mission, String fact, Excerpt source, Place at) {
        return Panache.withTransaction(() -> at.reference(Mission.class, "mission", mission).invoke(found -> {
            boolean mandate = fact.equals("mandate");
            if (!mandate && !fact.equals("start")) {
                throw at.invalid("fact", "a mission's fact with a source is mandate or start");
            }
            if ((mandate ? found.mandate : found.start) == null) {
                throw at.invalid("fact", "the mission has no " + fact + " to support");
            }
            if (mandate) {
                found.mandateSource = source;
            } else {
                found.startSource = source;
            }
        }).replaceWithVoid());
    }

    /** The mission's fields, with the period rule and its alliance and theatre found. */
    private static Uni<Mission> fill(Mission mission, MissionData data, String author, Place at) {
        mission.slug = data.slug();
        mission.name = data.name();
        mission.acronym = data.acronym();
        mission.kind = data.kind();
        mission.theatre = data.theatre();
        mission.mandate = data.mandate();
        mission.mandateSource = data.mandateSource();
        mission.description = data.description();
        mission.start = at.date("start", data.start());
        mission.startSource = data.startSource();
        mission.end = at.date("end", data.end());
        at.inOrder(mission.start, mission.end, "end");
        mission.writtenBy(author);
        return at.reference(Alliance.class, "alliance", data.alliance())
                .invoke(alliance -> mission.alliance = alliance)
                .chain(() -> at.reference(Actor.class, "theatreActor", data.theatreActor()))
                .invoke(theatre -> mission.theatreActor = theatre)
                .replaceWith(mission);
    }

    /** A new status change of the mission, with who proposed it found. */
    private static Uni<MissionStatusChange> statusChange(Mission mission, StatusChangeData data, Place at) {
        MissionStatusChange change = new MissionStatusChange();
        change.mission = mission;
        change.kind = data.kind();
        change.status = data.status();
        change.realisation = data.realisation();
        change.effective = at.date("effective", data.effective());
        change.effectiveBound = data.effectiveBound() == null ? DateBound.ON : data.effectiveBound();
        change.statementId = data.statementId();
        change.source = data.source();
        return at.reference(Actor.class, "proposedBy", data.proposedBy())
                .invoke(actor -> change.proposedBy = actor)
                .chain(() -> Writes.persist(change))
                .replaceWith(change);
    }
}
