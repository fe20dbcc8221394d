package org.alliancegraph.actor;

import java.util.List;

import org.alliancegraph.common.BadUserInputException;
import org.alliancegraph.graphql.Batches;
import org.alliancegraph.graphql.MappedErrors;
import org.alliancegraph.graphql.Window;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import io.smallrye.mutiny.Uni;

@GraphQLApi
@MappedErrors
public class ActorApi {

    private final ActorRepository actors;
    private final PersonRoleRepository roles;

    ActorApi(ActorRepository actors,
            PersonRoleRepository roles) {
        this.roles = roles;
        this.actors = actors;
    }

    @Query("actor")
    @Description("One actor, by slug or by any of its names and aliases (case and accents ignored: \"washington\", "
            + "\"Etats-Unis\"). Give exactly one of slug and name. Null when nothing matches; a name that fits "
            + "several actors is a BAD_USER_INPUT error listing their slugs.")
    public Uni<ActorView> actor(@Description("Slug, e.g. \"united-states\".") String slug,
            @Description("Any name or alias, e.g. \"Washington\", \"Bagdad\".") String name) {
        if ((slug == null) == (name == null)) {
            throw new BadUserInputException("actor: give exactly one of slug and name");
        }
        if (slug != null) {
            return actors.bySlug(slug);
        }
        return actors.byName(name).map(found -> switch (found.size()) {
            case 0 -> null;
            case 1 -> found.get(0);
            default -> throw new BadUserInputException("actor: the name \"" + name + "\" fits several actors: "
                    + found.stream().map(ActorView::slug).toList() + "; ask by slug");
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
            Window.Page<ActorEdge> page = window.page(rows, ActorView::rowId, ActorEdge::new);
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
    public Uni<List<@NonNull List<@NonNull ActorNameView>>> names(@Source List<ActorView> parents) {
        return actors.names(Batches.keys(parents, ActorView::rowId))
                .map(names -> Batches.group(parents, ActorView::rowId, names, ActorNameView::actorId));
    }

    @Description("The state the actor belongs to (for people, organisations, outlets).")
    public Uni<List<ActorView>> country(@Source List<ActorView> parents) {
        return Batches.toOne(parents, ActorView::countryId, actors::byKeys, ActorView::rowId);
    }

    @Description("The organisation an anonymous source speaks from (\"a NATO diplomat\": NATO).")
    public Uni<List<ActorView>> affiliation(@Source List<ActorView> parents) {
        return Batches.toOne(parents, ActorView::affiliationId, actors::byKeys, ActorView::rowId);
    }

    @NonNull
    @Description("For people: the positions they hold or held, over time.")
    public Uni<List<@NonNull List<@NonNull PersonRoleView>>> roles(@Source List<ActorView> parents) {
        return roles.ofPeople(Batches.keys(parents, ActorView::rowId))
                .map(roles -> Batches.group(parents, ActorView::rowId, roles, PersonRoleView::personId));
    }

    @Name("organisation")
    @Description("The organisation, body or state in which the role is held.")
    public Uni<List<ActorView>> roleOrganisation(@Source List<PersonRoleView> roles) {
        return Batches.toOne(roles, PersonRoleView::organisationId, actors::byKeys, ActorView::rowId);
    }
}
