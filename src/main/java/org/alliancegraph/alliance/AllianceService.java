package org.alliancegraph.alliance;

import java.util.List;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;

import org.alliancegraph.actor.Actor;
import org.alliancegraph.common.GivenName;
import org.alliancegraph.common.NameChanges;
import org.alliancegraph.common.Place;
import org.alliancegraph.common.Writes;
import org.alliancegraph.document.Excerpt;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Writes of the alliance aggregate (an alliance with its names and memberships), for the mutations and the seed loader
 * alike: the rules of the aggregate and its transaction, which a caller's transaction (a seed file's) takes in.
 */
@ApplicationScoped
public class AllianceService {

    private final AllianceRepository alliances;

    AllianceService(AllianceRepository alliances) {
        this.alliances = alliances;
    }

    /** A new alliance with its name and acronym as names; CONFLICT when the slug is taken. */
    public Uni<Alliance> create(AllianceData data, String author, Place at) {
        at.needed(data.slug(), "slug", "to create an alliance");
        at.needed(data.name(), "name", "to create an alliance");
        String what = "alliance \"" + data.slug() + "\"";
        return Writes.conflictsReported(Panache.withTransaction(() -> alliances.findBySlug(data.slug())
                .invoke(existing -> Writes.absent(existing, what, at.field("slug")))
                .chain(() -> fill(new Alliance(), data, author, at))
                .call(alliances::persist)
                .call(alliances::addCanonicalName)), what);
    }

    /**
     * Changes the given fields, from the version the client read; a new name or acronym keeps the old one as an alias.
     */
    public Uni<Alliance> update(String slug, int expectedVersion, AllianceInput changes, String author, Place at) {
        return Writes.update("alliance \"" + slug + "\"", () -> alliances.findBySlug(slug), expectedVersion,
                alliance -> alliances.rename(alliance, changes.name, changes.acronym).invoke(() -> {
                    changes.applyTo(alliance, at.field("founded"));
                    alliance.writtenBy(author);
                }));
    }

    /** Adds a membership; the same actor, status and start twice is a CONFLICT. Raises the alliance's version. */
    public Uni<Membership> addMembership(String alliance, MembershipData data, String author, Place at) {
        String what = "membership of \"" + data.actor() + "\" in \"" + alliance + "\"";
        return Writes.conflictsReported(Panache.withTransaction(() -> at.reference(Alliance.class, "alliance",
                alliance)
                .invoke(found -> found.writtenBy(author))
                .chain(found -> membership(found, data, at))
                .call(Writes::flush)), what);
    }

    /**
     * Stores an alliance whole over what its slug has (or as a new one): its fields, its names and its memberships
     * (replacing those it had). A decision rule given without a source keeps the source it has while the rule stays the
     * same (an article may have given it one, see {@link #sourceDecisionRule}).
     */
    public Uni<Alliance> store(AllianceData data, List<GivenName> names, List<MembershipData> memberships,
            String author, Place at) {
        return Panache.withTransaction(() -> alliances.findBySlug(data.slug()).chain(found -> {
            Alliance alliance = found != null ? found : new Alliance();
            Excerpt kept = data.decisionRuleSource() == null && Objects.equals(alliance.decisionRule,
                    data.decisionRule()) ? alliance.decisionRuleSource : data.decisionRuleSource();
            return fill(alliance, data, author, at)
                    .invoke(filled -> filled.decisionRuleSource = kept)
                    .call(filled -> filled.id == null ? alliances.persist(filled) : Writes.flush())
                    .call(filled -> NameChanges.replace(AllianceName.class, "alliance", filled, data.name(), names,
                            at.at("names"), () -> {
                                AllianceName name = new AllianceName();
                                name.alliance = filled;
                                return name;
                            }))
                    .call(filled -> Writes.deleteChildren(Membership.class, "alliance", filled))
                    .call(filled -> at.at("memberships").each(memberships,
                            (membership, membershipAt) -> membership(filled, membership, membershipAt)));
        }));
    }

    /** Gives the alliance's decision rule the excerpt that states it; the alliance must have a rule. */
    public Uni<Void> sourceDecisionRule(String alliance, Excerpt source, Place at) {
        return Panache.withTransaction(() -> at.reference(Alliance.class, "alliance", alliance).invoke(found -> {
            if (found.decisionRule == null) {
                throw at.invalid("fact", "the alliance has no decision rule to support");
            }
            found.decisionRuleSource = source;
        }).replaceWithVoid());
    }

    private static Uni<Alliance> fill(Alliance alliance, AllianceData data, String author, Place at) {
        alliance.slug = data.slug();
        alliance.name = data.name();
        alliance.acronym = data.acronym();
        alliance.founded = at.date("founded", data.founded());
        alliance.headquarters = data.headquarters();
        alliance.scope = data.scope();
        alliance.decisionRule = data.decisionRule();
        alliance.decisionRuleSource = data.decisionRuleSource();
        alliance.description = data.description();
        alliance.writtenBy(author);
        return at.reference(Actor.class, "organisation", data.organisation())
                .invoke(organisation -> alliance.organisation = organisation)
                .replaceWith(alliance);
    }

    /** A new membership of the alliance, with the period rule and its actor found. */
    private static Uni<Membership> membership(Alliance alliance, MembershipData data, Place at) {
        Membership membership = new Membership();
        membership.alliance = alliance;
        membership.status = data.status();
        membership.category = data.category();
        membership.from = at.date("from", data.from());
        membership.until = at.date("until", data.until());
        at.inOrder(membership.from, membership.until, "until");
        membership.source = data.source();
        return at.reference(Actor.class, "actor", data.actor())
                .invoke(actor -> membership.actor = actor)
                .chain(() -> Panache.getSession())
                .chain(session -> session.persist(membership))
                .replaceWith(membership);
    }
}
