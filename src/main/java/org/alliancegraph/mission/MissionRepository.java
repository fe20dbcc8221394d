package org.alliancegraph.mission;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.alliancegraph.graphql.Conditions;
import org.alliancegraph.graphql.Queries;
import org.alliancegraph.graphql.Window;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class MissionRepository implements PanacheRepository<Mission> {

    private static final String MISSION = "from Mission m join fetch m.alliance left join fetch m.theatreActor "
            + "left join fetch m.mandateSource left join fetch m.startSource ";

    public Uni<Mission> findBySlug(String slug) {
        return find(MISSION + "where m.slug = ?1", slug).firstResult();
    }

    /** A window of the missions (of one alliance, in one current status, when given) by name, then id. */
    public Uni<List<Mission>> page(String allianceSlug, MissionStatus status, Window window) {
        Conditions where = filter(allianceSlug, status);
        String order = window.keyset(where, "Mission", "m", m -> m + ".name", true);
        return find(MISSION + where.hql() + order, where.parameters()).range(0, window.fetchSize() - 1).list();
    }

    public Uni<Long> count(String allianceSlug, MissionStatus status) {
        Conditions where = filter(allianceSlug, status);
        return count("from Mission m " + where.hql(), where.parameters());
    }

    /**
     * The current status is that of the last change that took place, as {@link CurrentStatus} reads it from the
     * changes; here in SQL, so that the list can be paged.
     */
    private static Conditions filter(String allianceSlug, MissionStatus status) {
        Conditions where = new Conditions();
        if (allianceSlug != null) {
            where.add("m.alliance.slug = ?", allianceSlug);
        }
        if (status != null) {
            where.add("exists (select 1 from MissionStatusChange c where c.mission = m and c.status = ? and c.id = "
                    + "(select max(o.id) from MissionStatusChange o where o.mission = m and o.realisation = ?))",
                    status, Realisation.OCCURRED);
        }
        return where;
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
