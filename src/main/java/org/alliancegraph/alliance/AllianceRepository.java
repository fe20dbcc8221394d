package org.alliancegraph.alliance;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.alliancegraph.common.NameKind;
import org.alliancegraph.common.Names;
import org.alliancegraph.graphql.Queries;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class AllianceRepository implements PanacheRepository<Alliance> {

    private static final String ALLIANCE = "from Alliance a left join fetch a.organisation "
            + "left join fetch a.decisionRuleSource ";
    private static final String MEMBERSHIP = "from Membership m join fetch m.alliance join fetch m.actor "
            + "left join fetch m.source ";

    public Uni<Alliance> findBySlug(String slug) {
        return find(ALLIANCE + "where a.slug = ?1", slug).firstResult();
    }

    /** Every alliance one of whose names (acronyms included) has this lookup key. */
    public Uni<List<Alliance>> findByName(String name) {
        return list(ALLIANCE + "where a.id in (select n.alliance.id from AllianceName n where n.nameKey = ?1) "
                + "order by a.id", Names.key(name));
    }

    public Uni<List<Alliance>> listByName() {
        return list(ALLIANCE + "order by a.name, a.id");
    }

    public Uni<List<AllianceName>> names(List<Long> allianceIds) {
        return Queries.list(AllianceName.class,
                "from AllianceName n where n.alliance.id in ?1 order by n.alliance.id, n.id", allianceIds);
    }

    /** Memberships of the alliances, optionally of one status, members in accession order. */
    public Uni<List<Membership>> membershipsOfAlliances(List<Long> allianceIds, MembershipStatus status) {
        return status == null
                ? Queries.list(Membership.class, MEMBERSHIP + "where m.alliance.id in ?1 order by m.alliance.id, m.id",
                        allianceIds)
                : Queries.list(Membership.class, MEMBERSHIP
                        + "where m.alliance.id in ?1 and m.status = ?2 order by m.alliance.id, m.id", allianceIds,
                        status);
    }

    public Uni<List<Membership>> membershipsOfActors(List<Long> actorIds) {
        return Queries.list(Membership.class, MEMBERSHIP + "where m.actor.id in ?1 order by m.actor.id, m.id",
                actorIds);
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
