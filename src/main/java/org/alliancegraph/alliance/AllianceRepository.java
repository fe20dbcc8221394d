package org.alliancegraph.alliance;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import org.alliancegraph.common.NameChanges;
import org.alliancegraph.common.NameKind;
import org.alliancegraph.common.Names;
import org.alliancegraph.graphql.NameView;
import org.alliancegraph.graphql.Node;
import org.alliancegraph.graphql.NodeReader;
import org.alliancegraph.graphql.Reads;
import org.alliancegraph.graphql.Row;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class AllianceRepository implements PanacheRepository<Alliance>, NodeReader {

    /** Alliances are read with their organisation and the source of their decision rule. */
    private static final String VIEW = "select " + AllianceView.select("a", true) + " from Alliance a "
            + AllianceView.joins("a");
    private static final String MEMBERSHIP = "select " + MembershipView.select("m") + " from Membership m "
            + MembershipView.joins("m");

    private final Reads reads;

    AllianceRepository(Reads reads) {
        this.reads = reads;
    }

    /** The alliance to change, for writes. */
    public Uni<Alliance> findBySlug(String slug) {
        return find("slug", slug).firstResult();
    }

    public Uni<AllianceView> bySlug(String slug) {
        return reads.first(VIEW + "where a.slug = ?1", AllianceRepository::joined, slug);
    }

    /** Every alliance one of whose names (acronyms included) has this lookup key. */
    public Uni<List<AllianceView>> byName(String name) {
        return reads.list(VIEW + "where a.id in (select n.alliance.id from AllianceName n where n.nameKey = ?1) "
                + "order by a.id", AllianceRepository::joined, Names.key(name));
    }

    public Uni<List<AllianceView>> listByName() {
        return reads.list(VIEW + "order by a.name, a.id", AllianceRepository::joined);
    }

    public Uni<AllianceView> byKey(long key) {
        return reads.first(VIEW + "where a.id = ?1", AllianceRepository::joined, key);
    }

    /** The alliances with these keys, in no particular order. */
    public Uni<List<AllianceView>> byKeys(List<Long> keys) {
        return reads.list(VIEW + "where a.id in ?1", AllianceRepository::joined, keys);
    }

    public Uni<List<AllianceNameView>> names(List<Long> allianceIds) {
        return reads.list("select " + NameView.select("n", "alliance") + " from AllianceName n "
                + "where n.alliance.id in ?1 order by n.alliance.id, n.id", AllianceNameView::from, allianceIds);
    }

    /** Memberships of the alliances, optionally of one status, members in accession order. */
    public Uni<List<MembershipView>> membershipsOfAlliances(List<Long> allianceIds, MembershipStatus status) {
        return status == null
                ? reads.list(MEMBERSHIP + "where m.alliance.id in ?1 order by m.alliance.id, m.id",
                        MembershipView::from,
                        allianceIds)
                : reads.list(MEMBERSHIP + "where m.alliance.id in ?1 and m.status = ?2 order by m.alliance.id, m.id",
                        MembershipView::from, allianceIds, status);
    }

    public Uni<List<MembershipView>> membershipsOfActors(List<Long> actorIds) {
        return reads.list(MEMBERSHIP + "where m.actor.id in ?1 order by m.actor.id, m.id", MembershipView::from,
                actorIds);
    }

    public Uni<MembershipView> membership(long key) {
        return reads.first(MEMBERSHIP + "where m.id = ?1", MembershipView::from, key);
    }

    @Override
    public Map<String, Function<Long, Uni<? extends Node>>> nodeTypes() {
        return Map.of("Alliance", this::byKey,
                "AllianceName", key -> reads.first("select " + NameView.select("n", "alliance")
                        + " from AllianceName n where n.id = ?1", AllianceNameView::from, key),
                "Membership", this::membership);
    }

    private static AllianceView joined(Row row) {
        return AllianceView.from(row, true);
    }

    /**
     * Stores a new name or acronym (null: unchanged) as the alliance's name of that kind, before the alliance's fields
     * take them: the old one stays as an alias, so that lookups by it still find the alliance. An acronym that is the
     * name itself is not stored twice (the old acronym becomes an alias).
     */
    public Uni<Void> rename(Alliance alliance, String name, String acronym) {
        String newName = name != null ? name : alliance.name;
        Uni<Void> renamed = name == null || name.equals(alliance.name)
                ? Uni.createFrom().voidItem()
                : NameChanges.promote(AllianceName.class, "alliance", alliance, name, NameKind.CANONICAL,
                        () -> nameOf(alliance));
        if (acronym == null || acronym.equals(alliance.acronym)) {
            return renamed;
        }
        return renamed.chain(() -> acronym.equals(newName)
                ? NameChanges.demote(AllianceName.class, "alliance", alliance, NameKind.ACRONYM)
                : NameChanges.promote(AllianceName.class, "alliance", alliance, acronym, NameKind.ACRONYM,
                        () -> nameOf(alliance)));
    }

    private static AllianceName nameOf(Alliance alliance) {
        AllianceName added = new AllianceName();
        added.alliance = alliance;
        return added;
    }

    /** Stores the alliance's name, and its acronym when it has one, as names that lookups and search find. */
    public Uni<Void> addCanonicalName(Alliance alliance) {
        AllianceName canonical = new AllianceName();
        canonical.alliance = alliance;
        canonical.name = alliance.name;
        canonical.kind = NameKind.CANONICAL;
        if (alliance.acronym == null || alliance.acronym.equals(alliance.name)) {
            return Panache.getSession().chain(session -> session.persist(canonical));
        }
        AllianceName acronym = new AllianceName();
        acronym.alliance = alliance;
        acronym.name = alliance.acronym;
        acronym.kind = NameKind.ACRONYM;
        return Panache.getSession().chain(session -> session.persistAll(canonical, acronym));
    }
}
