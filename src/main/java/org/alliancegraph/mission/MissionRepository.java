package org.alliancegraph.mission;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.alliancegraph.graphql.Queries;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class MissionRepository implements PanacheRepository<Mission> {

    private static final String MISSION = "from Mission m join fetch m.alliance left join fetch m.theatreActor "
            + "left join fetch m.mandateSource left join fetch m.startSource ";

    public Uni<Mission> findBySlug(String slug) {
        return find(MISSION + "where m.slug = ?1", slug).firstResult();
    }

    /** All missions, or those of one alliance (by slug), by name. */
    public Uni<List<Mission>> listByName(String allianceSlug) {
        return allianceSlug == null
                ? list(MISSION + "order by m.name, m.id")
                : list(MISSION + "where m.alliance.slug = ?1 order by m.name, m.id", allianceSlug);
    }

    public Uni<List<Mission>> ofAlliances(List<Long> allianceIds) {
        return list(MISSION + "where m.alliance.id in ?1 order by m.alliance.id, m.name, m.id", allianceIds);
    }

    public Uni<List<MissionObjective>> objectives(List<Long> missionIds) {
        return Queries.list(MissionObjective.class, "from MissionObjective o left join fetch o.source "
                + "where o.mission.id in ?1 order by o.mission.id, o.position", missionIds);
    }

    public Uni<List<TroopStrength>> troopStrengths(List<Long> missionIds) {
        return Queries.list(TroopStrength.class, "from TroopStrength t join fetch t.source "
                + "where t.mission.id in ?1 order by t.mission.id, t.id", missionIds);
    }

    /** Status changes in the order they were recorded, which is their order in time. */
    public Uni<List<MissionStatusChange>> statusChanges(List<Long> missionIds) {
        return Queries.list(MissionStatusChange.class, "from MissionStatusChange c left join fetch c.proposedBy "
                + "left join fetch c.statement left join fetch c.source "
                + "where c.mission.id in ?1 order by c.mission.id, c.id", missionIds);
    }
}
