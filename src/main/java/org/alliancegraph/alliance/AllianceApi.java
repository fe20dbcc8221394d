package org.alliancegraph.alliance;

import java.util.List;

import org.alliancegraph.actor.Actor;
import org.alliancegraph.common.BadUserInputException;
import org.alliancegraph.document.Excerpt;
import org.alliancegraph.event.Event;
import org.alliancegraph.event.EventRepository;
import org.alliancegraph.graphql.Batches;
import org.alliancegraph.graphql.References;
import org.alliancegraph.graphql.ResolverSession;
import org.alliancegraph.mission.Mission;
import org.alliancegraph.mission.MissionRepository;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import io.smallrye.mutiny.Uni;

@GraphQLApi
@ResolverSession
public class AllianceApi {

    private final AllianceRepository alliances;
    private final MissionRepository missions;
    private final EventRepository events;

    AllianceApi(AllianceRepository alliances, MissionRepository missions, EventRepository events) {
        this.alliances = alliances;
        this.missions = missions;
        this.events = events;
    }

    @Query("alliance")
    @Description("One alliance, by slug or by any of its names and acronyms in any language (case and accents "
            + "ignored: \"otan\", \"NATO\", \"Alliance atlantique\"). Give exactly one of slug and name. Null when "
            + "nothing matches.")
    public Uni<Alliance> alliance(@Description("Slug, e.g. \"nato\".") String slug,
            @Description("Any name or acronym, e.g. \"OTAN\".") String name) {
        if ((slug == null) == (name == null)) {
            throw new BadUserInputException("alliance: give exactly one of slug and name");
        }
        if (slug != null) {
            return alliances.findBySlug(slug);
        }
        return alliances.findByName(name).map(found -> switch (found.size()) {
            case 0 -> null;
            case 1 -> found.get(0);
            default -> throw new BadUserInputException("alliance: the name \"" + name + "\" fits several alliances: "
                    + found.stream().map(a -> a.slug).toList() + "; ask by slug");
        });
    }

    @Query("alliances")
    @Description("All alliances, by name.")
    public Uni<@NonNull List<@NonNull Alliance>> alliances() {
        return alliances.listByName();
    }

    @NonNull
    @Description("All names of the alliance, in every language, acronyms included.")
    public Uni<List<@NonNull List<@NonNull AllianceName>>> names(@Source List<Alliance> parents) {
        return alliances.names(Batches.ids(parents))
                .map(names -> Batches.group(parents, p -> p.id, names, n -> References.idOf(n.alliance)));
    }

    @Description("The alliance as an organisation: the actor that speaks for it and employs its staff.")
    public Uni<List<Actor>> organisation(@Source List<Alliance> parents) {
        return References.resolve(parents, a -> a.organisation, Actor.class);
    }

    @Description("The excerpt that states the decision rule, when a document does.")
    public Uni<List<Excerpt>> decisionRuleSource(@Source List<Alliance> parents) {
        return References.resolve(parents, a -> a.decisionRuleSource, Excerpt.class);
    }

    // Batched fields take no arguments: SmallRye GraphQL shares one batch loader between aliases of a field, so
    // "m: memberships(status: MEMBER) p: memberships(status: PARTNER)" would answer both with the first argument.
    // Each filter is a field of its own instead.

    @NonNull
    @Description("Members, partners, aspirants and former members, in the order they joined.")
    public Uni<List<@NonNull List<@NonNull Membership>>> memberships(@Source List<Alliance> parents) {
        return membershipsOf(parents, null);
    }

    @NonNull
    @Description("The memberships of full members, in order of accession.")
    public Uni<List<@NonNull List<@NonNull Membership>>> members(@Source List<Alliance> parents) {
        return membershipsOf(parents, MembershipStatus.MEMBER);
    }

    @NonNull
    @Description("The partnerships of partner states.")
    public Uni<List<@NonNull List<@NonNull Membership>>> partners(@Source List<Alliance> parents) {
        return membershipsOf(parents, MembershipStatus.PARTNER);
    }

    @NonNull
    @Description("The missions the alliance runs or ran.")
    public Uni<List<@NonNull List<@NonNull Mission>>> missions(@Source List<Alliance> parents) {
        return missions.ofAlliances(Batches.ids(parents))
                .map(ms -> Batches.group(parents, p -> p.id, ms, m -> m.alliance.id));
    }

    @NonNull
    @Description("The alliance's summits and meetings, by date.")
    public Uni<List<@NonNull List<@NonNull Event>>> events(@Source List<Alliance> parents) {
        return events.ofAlliances(Batches.ids(parents))
                .map(es -> Batches.group(parents, p -> p.id, es, e -> e.alliance.id));
    }

    private Uni<List<List<Membership>>> membershipsOf(List<Alliance> parents, MembershipStatus status) {
        return alliances.membershipsOfAlliances(Batches.ids(parents), status)
                .map(ms -> Batches.group(parents, p -> p.id, ms, m -> m.alliance.id));
    }

    @NonNull
    @Name("alliance")
    @Description("The alliance.")
    public Uni<List<Alliance>> membershipAlliance(@Source List<Membership> memberships) {
        return References.resolve(memberships, m -> m.alliance, Alliance.class);
    }

    @NonNull
    @Name("actor")
    @Description("The member or partner state.")
    public Uni<List<Actor>> membershipActor(@Source List<Membership> memberships) {
        return References.resolve(memberships, m -> m.actor, Actor.class);
    }

    @Name("source")
    @Description("The excerpt that states the membership, when a document does.")
    public Uni<List<Excerpt>> membershipSource(@Source List<Membership> memberships) {
        return References.resolve(memberships, m -> m.source, Excerpt.class);
    }
}
