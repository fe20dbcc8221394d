package org.alliancegraph.alliance;

import org.alliancegraph.actor.Actor;
import org.alliancegraph.common.PartialDate;
import org.alliancegraph.common.Writes;
import org.alliancegraph.graphql.InputValidation;
import org.alliancegraph.graphql.MappedErrors;
import org.alliancegraph.security.Access;
import org.alliancegraph.security.Role;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

@GraphQLApi
@MappedErrors
public class AllianceMutations {

    private final AllianceRepository alliances;
    private final Access access;
    private final InputValidation validation;

    AllianceMutations(AllianceRepository alliances, Access access, InputValidation validation) {
        this.alliances = alliances;
        this.access = access;
        this.validation = validation;
    }

    @Mutation("createAlliance")
    @Description("Creates an alliance (slug and name needed). A slug in use is a CONFLICT. Needs the editor role.")
    public Uni<@NonNull AllianceView> createAlliance(@NonNull @Description("The new alliance.") AllianceInput input) {
        String author = access.require(Role.EDITOR);
        validation.check("input", input);
        Writes.needed(input.slug, "input.slug", "to create an alliance");
        Writes.needed(input.name, "input.name", "to create an alliance");
        Alliance alliance = new Alliance();
        alliance.slug = input.slug;
        input.applyTo(alliance, "input.founded");
        alliance.writtenBy(author);
        String what = "alliance \"" + input.slug + "\"";
        return Writes.conflictsReported(Panache.withTransaction(() -> alliances.findBySlug(input.slug)
                .invoke(existing -> Writes.absent(existing, what))
                .chain(() -> alliances.persist(alliance))
                .call(() -> alliances.addCanonicalName(alliance))), what)
                .chain(created -> alliances.byKey(created.id));
    }

    @Mutation("updateAlliance")
    @Description("Changes an alliance's fields, from the version the client read: if it changed since, CONFLICT and "
            + "nothing is written. A new name or acronym keeps the old one as an alias (lookups by name still find "
            + "the alliance). Needs the editor role.")
    public Uni<@NonNull AllianceView> updateAlliance(@NonNull @Description("Slug of the alliance.") String slug,
            @NonNull @Description("The alliance's version the change was made from.") Integer expectedVersion,
            @NonNull @Description("The fields to change (slug is ignored).") AllianceInput input) {
        String author = access.require(Role.EDITOR);
        validation.check("input", input);
        String what = "alliance \"" + slug + "\"";
        return Writes.update(what, () -> alliances.findBySlug(slug), expectedVersion, alliance -> alliances
                .rename(alliance, input.name, input.acronym)
                .invoke(() -> {
                    input.applyTo(alliance, "input.founded");
                    alliance.writtenBy(author);
                })).chain(updated -> alliances.byKey(updated.id));
    }

    @Mutation("addMembership")
    @Description("Records that an actor is (or was) a member, partner, aspirant or withdrawn member of an alliance "
            + "over a period. The same actor, status and start twice is a CONFLICT; an end before the start is "
            + "BAD_USER_INPUT. Raises the alliance's version. Needs the editor role.")
    public Uni<@NonNull MembershipView> addMembership(@NonNull @Description("The membership.") MembershipInput input) {
        String author = access.require(Role.EDITOR);
        validation.check("input", input);
        Membership membership = new Membership();
        membership.status = input.status;
        membership.category = input.category;
        membership.from = PartialDate.parseArgument("input.from", input.from);
        membership.until = PartialDate.parseArgument("input.until", input.until);
        Writes.inOrder(membership.from, membership.until, "input.until");
        String what = "membership of \"" + input.actor + "\" in \"" + input.alliance + "\"";
        return Writes.conflictsReported(Panache.withTransaction(() -> Writes
                .reference(Alliance.class, input.alliance, "input.alliance")
                .invoke(alliance -> {
                    membership.alliance = alliance;
                    alliance.writtenBy(author);
                })
                .chain(() -> Writes.reference(Actor.class, input.actor, "input.actor"))
                .invoke(actor -> membership.actor = actor)
                .chain(() -> Panache.getSession())
                .call(session -> session.persist(membership).chain(session::flush))
                .replaceWith(membership)), what)
                .chain(added -> alliances.membership(added.id));
    }
}
