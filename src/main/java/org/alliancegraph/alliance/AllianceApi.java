package org.alliancegraph.alliance;

import java.util.List;

import org.alliancegraph.actor.ActorRepository;
import org.alliancegraph.actor.ActorView;
import org.alliancegraph.common.BadUserInputException;
import org.alliancegraph.document.ExcerptRepository;
import org.alliancegraph.document.ExcerptView;
import org.alliancegraph.graphql.Batches;
import org.alliancegraph.graphql.MappedErrors;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import io.smallrye.mutiny.Uni;

@GraphQLApi
@MappedErrors
public class AllianceApi {

    private final AllianceRepository alliances;
    private final ExcerptRepository excerpts;
    private final ActorRepository actors;

    AllianceApi(AllianceRepository alliances, ActorRepository actors, ExcerptRepository excerpts) {
        this.excerpts = excerpts;
        this.actors = actors;
        this.alliances = alliances;
    }

    @Query("alliance")
    @Description("One alliance, by slug or by any of its names and acronyms in any language (case and accents "
            + "ignored: \"otan\", \"NATO\", \"Alliance atlantique\"). Give exactly one of slug and name. Null when "
            + "nothing matches.")
    public Uni<AllianceView> alliance(@Description("Slug, e.g. \"nato\".") String slug,
            @Description("Any name or acronym, e.g. \"OTAN\".") String name) {
        if ((slug == null) == (name == null)) {
            throw new BadUserInputException("alliance: give exactly one of slug and name");
        }
        if (slug != null) {
            return alliances.bySlug(slug);
        }
        return alliances.byName(name).map(found -> switch (found.size()) {
            case 0 -> null;
            case 1 -> found.get(0);
            default -> throw new BadUserInputException("alliance: the name \"" + name + "\" fits several alliances: "
                    + found.stream().map(AllianceView::slug).toList() + "; ask by slug");
        });
    }

    @Query("alliances")
    @Description("All alliances, by name.")
    public Uni<@NonNull List<@NonNull AllianceView>> alliances() {
        return alliances.listByName();
    }

    @NonNull
    @Description("All names of the alliance, in every language, acronyms included.")
    public Uni<List<@NonNull List<@NonNull AllianceNameView>>> names(@Source List<AllianceView> parents) {
        return alliances.names(Batches.keys(parents, AllianceView::rowId))
                .map(names -> Batches.group(parents, AllianceView::rowId, names, AllianceNameView::allianceId));
    }

    @Description("The alliance as an organisation: the actor that speaks for it and employs its staff.")
    public Uni<List<ActorView>> organisation(@Source List<AllianceView> parents) {
        return Batches.toOne(parents, AllianceView::organisationId, AllianceView::joinedOrganisation, actors::byKeys,
                ActorView::rowId);
    }

    @Description("The excerpt that states the decision rule, when a document does.")
    public Uni<List<ExcerptView>> decisionRuleSource(@Source List<AllianceView> parents) {
        return Batches.toOne(parents, AllianceView::decisionRuleSourceId, AllianceView::joinedDecisionRuleSource,
                excerpts::byKeys, ExcerptView::rowId);
    }

    // Batched fields take no arguments: SmallRye GraphQL shares one batch loader between aliases of a field, so
    // "m: memberships(status: MEMBER) p: memberships(status: PARTNER)" would answer both with the first argument.
    // Each filter is a field of its own instead.

    @NonNull
    @Description("Members, partners, aspirants and former members, in the order they joined.")
    public Uni<List<@NonNull List<@NonNull MembershipView>>> memberships(@Source List<AllianceView> parents) {
        return membershipsOf(parents, null);
    }

    @NonNull
    @Description("The memberships of full members, in order of accession.")
    public Uni<List<@NonNull List<@NonNull MembershipView>>> members(@Source List<AllianceView> parents) {
        return membershipsOf(parents, MembershipStatus.MEMBER);
    }

    @NonNull
    @Description("The partnerships of partner states.")
    public Uni<List<@NonNull List<@NonNull MembershipView>>> partners(@Source List<AllianceView> parents) {
        return membershipsOf(parents, MembershipStatus.PARTNER);
    }

    @NonNull
    @Name("memberships")
    @Description("For states: their memberships and partnerships in alliances.")
    public Uni<List<@NonNull List<@NonNull MembershipView>>> actorMemberships(@Source List<ActorView> parents) {
        return alliances.membershipsOfActors(Batches.keys(parents, ActorView::rowId))
                .map(ms -> Batches.group(parents, ActorView::rowId, ms, MembershipView::actorId));
    }

    private Uni<List<List<MembershipView>>> membershipsOf(List<AllianceView> parents, MembershipStatus status) {
        return alliances.membershipsOfAlliances(Batches.keys(parents, AllianceView::rowId), status)
                .map(ms -> Batches.group(parents, AllianceView::rowId, ms, MembershipView::allianceId));
    }

    @NonNull
    @Name("alliance")
    @Description("The alliance.")
    public Uni<List<AllianceView>> membershipAlliance(@Source List<MembershipView> memberships) {
        return Batches.toOne(memberships, MembershipView::allianceId, MembershipView::joinedAlliance,
                alliances::byKeys, AllianceView::rowId);
    }

    @NonNull
    @Name("actor")
    @Description("The member or partner state.")
    public Uni<List<ActorView>> membershipActor(@Source List<MembershipView> memberships) {
        return Batches.toOne(memberships, MembershipView::actorId, MembershipView::joinedActor, actors::byKeys,
                ActorView::rowId);
    }

    @Name("source")
    @Description("The excerpt that states the membership, when a document does.")
    public Uni<List<ExcerptView>> membershipSource(@Source List<MembershipView> memberships) {
        return Batches.toOne(memberships, MembershipView::sourceId, MembershipView::joinedSource, excerpts::byKeys,
                ExcerptView::rowId);
    }
}
