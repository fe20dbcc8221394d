package org.alliancegraph.alliance;

import org.alliancegraph.common.Place;
import org.alliancegraph.graphql.InputValidation;
import org.alliancegraph.graphql.MappedErrors;
import org.alliancegraph.security.Access;
import org.alliancegraph.security.Role;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;

import io.smallrye.mutiny.Uni;

@GraphQLApi
@MappedErrors
public class AllianceMutations {

    private static final Place INPUT = Place.argument("input");

    private final AllianceService service;
    private final AllianceRepository alliances;
    private final Access access;
    private final InputValidation validation;

    AllianceMutations(AllianceService service, AllianceRepository alliances, Access access,
            InputValidation validation) {
        this.service = service;
        this.alliances = alliances;
        this.access = access;
        this.validation = validation;
    }

    @Mutation("createAlliance")
    @Description("Creates an alliance (slug and name needed). A slug in use is a CONFLICT. Needs the editor role.")
    public Uni<@NonNull AllianceView> createAlliance(@NonNull @Description("The new alliance.") AllianceInput input) {
        String author = access.require(Role.EDITOR);
        validation.check("input", input);
        AllianceData data = new AllianceData(input.slug, input.name, input.acronym, null, input.founded,
                input.headquarters, input.scope, null, null, input.description);
        return service.create(data, author, INPUT).chain(created -> alliances.byKey(created.id));
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
        return service.update(slug, expectedVersion, input, author, INPUT)
                .chain(updated -> alliances.byKey(updated.id));
    }

    @Mutation("addMembership")
    @Description("Records that an actor is (or was) a member, partner, aspirant or withdrawn member of an alliance "
            + "over a period. The same actor, status and start twice is a CONFLICT; an end before the start is "
            + "BAD_USER_INPUT. Raises the alliance's version. Needs the editor role.")
    public Uni<@NonNull MembershipView> addMembership(@NonNull @Description("The membership.") MembershipInput input) {
        String author = access.require(Role.EDITOR);
        validation.check("input", input);
        MembershipData data = new MembershipData(input.actor, input.status, input.category, input.from, input.until,
                null);
        return service.addMembership(input.alliance, data, author, INPUT)
                .chain(added -> alliances.membership(added.id));
    }
}
