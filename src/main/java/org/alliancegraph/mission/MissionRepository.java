package org.alliancegraph.mission;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import org.alliancegraph.graphql.Conditions;
import org.alliancegraph.graphql.Node;
import org.alliancegraph.graphql.NodeReader;
import org.alliancegraph.graphql.Reads;
import org.alliancegraph.graphql.Row;
import org.alliancegraph.graphql.Window;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class MissionRepository implements PanacheRepository<Mission>, NodeReader {

    /** Missions are read with their alliance, theatre and sources. */
    private static final String VIEW = "select " + MissionView.select("m", true) + " from Mission m "
            + MissionView.joins("m");
    private static final String CHANGE = "select " + MissionStatusChangeView.select("c")
            + " from MissionStatusChange c "
            + MissionStatusChangeView.joins("c");

    private final Reads reads;

    MissionRepository(Reads reads) {
        this.reads = reads;
    }

    /** The mission to change, for writes. */
    public Uni<Mission> findBySlug(String slug) {
        return find("slug", slug).firstResult();
    }

    public Uni<MissionView> bySlug(String slug) {
        return reads.first(VIEW + "where m.slug = ?1", MissionRepository::joined, slug);
    }

    public Uni<MissionView> byKey(long key) {
        return reads.first(VIEW + "where m.id = ?1", MissionRepository::joined, key);
    }

    /** The missions with these keys, in no particular order. */
    public Uni<List<MissionView>> byKeys(List<Long> keys) {
        return reads.list(VIEW + "where m.id in ?1", MissionRepository::joined, keys);
    }

    /** A window of the missions (of one alliance, in one current status, when given) by name, then id. */
    public Uni<List<MissionView>> page(String allianceSlug, MissionStatus status, Window window) {
        Conditions where = filter(allianceSlug, status);
        String order = window.keyset(where, "Mission", "m", m -> m + ".name", true);
        String limit = where.parameter(window.fetchSize());
        return reads.list(VIEW + where.hql() + order + " limit " + limit, MissionRepository::joined,
                where.parameters());
    }

    public Uni<Long> count(String allianceSlug, MissionStatus status) {
        Conditions where = filter(allianceSlug, status);
        return reads.first("select count(m) from Mission m " + where.hql(), Row::nextLong, where.parameters());
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

    public Uni<List<MissionView>> ofAlliances(List<Long> allianceIds) {
        return reads.list(VIEW + "where m.alliance.id in ?1 order by m.alliance.id, m.name, m.id",
                MissionRepository::joined, allianceIds);
    }

    public Uni<List<MissionObjectiveView>> objectives(List<Long> missionIds) {
        return reads.list("select " + MissionObjectiveView.select("o") + " from MissionObjective o "
                + "left join o.source o_src where o.mission.id in ?1 order by o.mission.id, o.position",
                MissionObjectiveView::from, missionIds);
    }

    public Uni<List<TroopStrengthView>> troopStrengths(List<Long> missionIds) {
        return reads.list("select " + TroopStrengthView.select("t") + " from TroopStrength t join t.source t_src "
                + "where t.mission.id in ?1 order by t.mission.id, t.id", TroopStrengthView::from, missionIds);
    }

    /** Status changes in the order they were recorded, which is their order in time. */
    public Uni<List<MissionStatusChangeView>> statusChanges(List<Long> missionIds) {
        return reads.list(CHANGE + "where c.mission.id in ?1 order by c.mission.id, c.id",
                MissionStatusChangeView::from, missionIds);
    }

    public Uni<MissionStatusChangeView> statusChange(long key) {
        return reads.first(CHANGE + "where c.id = ?1", MissionStatusChangeView::from, key);
    }

    @Override
    public Map<String, Function<Long, Uni<? extends Node>>> nodeTypes() {
        return Map.of("Mission", this::byKey,
                "MissionStatusChange", this::statusChange,
                "MissionObjective", key -> reads.first("select " + MissionObjectiveView.select("o")
                        + " from MissionObjective o left join o.source o_src where o.id = ?1",
                        MissionObjectiveView::from, key),
                "TroopStrength", key -> reads.first("select " + TroopStrengthView.select("t")
                        + " from TroopStrength t join t.source t_src where t.id = ?1", TroopStrengthView::from, key));
    }

    private static MissionView joined(Row row) {
        return MissionView.from(row, true);
    }
}
