package org.alliancegraph.actor;

import java.util.List;

import org.alliancegraph.alliance.AllianceRepository;
import org.alliancegraph.alliance.Membership;
import org.alliancegraph.common.BadUserInputException;
import org.alliancegraph.document.Excerpt;
import org.alliancegraph.graphql.Batches;
import org.alliancegraph.graphql.References;
import org.alliancegraph.graphql.ResolverSession;
import org.alliancegraph.graphql.Window;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import io.smallrye.mutiny.Uni;

@GraphQLApi
@ResolverSession
public class ActorApi {

    private final ActorRepository actors;
    private final AllianceRepository alliances;

    ActorApi(ActorRepository actors, AllianceRepository alliances) {
        this.actors = actors;
        this.alliances = alliances;
    }

    @Query("actor")
    @Description("One actor, by slug or by any of its names and aliases (case and accents ignored: \"washington\", "
            + "\"Etats-Unis\"). Give exactly one of slug and name. Null when nothing matches; a name that fits "
            + "several actors is a BAD_USER_INPUT error listing their slugs.")
    public Uni<Actor> actor(@Description("Slug, e.g. \"united-states\".") String slug,
            @Description("Any name or alias, e.g. \"Washington\", \"Bagdad\".") String name) {
        if ((slug == null) == (name == null)) {
            throw new BadUserInputException("actor: give exactly one of slug and name");
        }
        if (slug != null) {
            return actors.findBySlug(slug);
        }
        return actors.findByName(name).map(found -> switch (found.size()) {
            case 0 -> null;
            case 1 -> found.get(0);
            default -> throw new BadUserInputException("actor: the name \"" + name + "\" fits several actors: "
                    + found.stream().map(a -> a.slug).toList() + "; ask by slug");
        });
    }

    @Query("actors")
    @Description("Actors by name, optionally of one kind, paged with cursors: first/after forward, last/before "
            + "backward, at most " + Window.MAX_PAGE_SIZE + " a page (50 when neither first nor last is given).")
    public Uni<@NonNull ActorConnection> actors(@Description("Only actors of this kind.") ActorKind kind,
            @Description("Page size, reading forward.") Integer first,
            @Description("Cursor after which the page starts.") String after,
            @Description("Page size, reading backward.") Integer last,
            @Description("Cursor before which the page ends.") String before) {
        Window window = Window.of("actor", first, after, last, before, 50);
        return actors.page(kind, window).map(rows -> {
            Window.Page<ActorEdge> page = window.page(rows, a -> a.id, ActorEdge::new);
            return new ActorConnection(page.edges(), page.pageInfo(), kind);
        });
    }

    @NonNull
    @Description("How many actors the list holds in all; counted only when asked for.")
    public Uni<Long> totalCount(@Source ActorConnection connection) {
        return actors.count(connection.kind);
    }

    @NonNull
    @Description("All names of the actor: canonical, translations, acronyms, aliases, metonyms, spelling variants.")
    public Uni<List<@NonNull List<@NonNull ActorName>>> names(@Source List<Actor> parents) {
        return actors.names(Batches.ids(parents))
                .map(names -> Batches.group(parents, p -> p.id, names, n -> References.idOf(n.actor)));
    }

    @Description("The state the actor belongs to (for people, organisations, outlets).")
    public Uni<List<Actor>> country(@Source List<Actor> parents) {
        return References.resolve(parents, a -> a.country, Actor.class);
    }

    @Description("The organisation an anonymous source speaks from (\"a NATO diplomat\": NATO).")
    public Uni<List<Actor>> affiliation(@Source List<Actor> parents) {
        return References.resolve(parents, a -> a.affiliation, Actor.class);
    }

    @NonNull
    @Description("For people: the positions they hold or held, over time.")
    public Uni<List<@NonNull List<@NonNull PersonRole>>> roles(@Source List<Actor> parents) {
        return actors.roles(Batches.ids(parents))
                .map(roles -> Batches.group(parents, p -> p.id, roles, r -> References.idOf(r.person)));
    }

    @NonNull
    @Description("For states: their memberships and partnerships in alliances.")
    public Uni<List<@NonNull List<@NonNull Membership>>> memberships(@Source List<Actor> parents) {
        return alliances.membershipsOfActors(Batches.ids(parents))
                .map(ms -> Batches.group(parents, p -> p.id, ms, m -> m.actor.id));
    }

    @Name("organisation")
    @Description("The organisation, body or state in which the role is held.")
    public Uni<List<Actor>> roleOrganisation(@Source List<PersonRole> roles) {
        return References.resolve(roles, r -> r.organisation, Actor.class);
    }

    @Name("source")
    @Description("The excerpt that states the role, when a document does.")
    public Uni<List<Excerpt>> roleSource(@Source List<PersonRole> roles) {
        return References.resolve(roles, r -> r.source, Excerpt.class);
    }
}
