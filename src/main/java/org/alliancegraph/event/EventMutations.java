package org.alliancegraph.event;

import org.alliancegraph.alliance.Alliance;
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
public class EventMutations {

    private final EventRepository events;
    private final Access access;
    private final InputValidation validation;

    EventMutations(EventRepository events, Access access, InputValidation validation) {
        this.events = events;
        this.access = access;
        this.validation = validation;
    }

    @Mutation("createEvent")
    @Description("Creates a summit, meeting or conference. A slug in use is a CONFLICT; an end before the start is "
            + "BAD_USER_INPUT. Needs the editor role.")
    public Uni<@NonNull EventView> createEvent(@NonNull @Description("The new event.") EventInput input) {
        String author = access.require(Role.EDITOR);
        validation.check("input", input);
        Writes.needed(input.slug, "input.slug", "to create an event");
        Writes.needed(input.kind, "input.kind", "to create an event");
        Writes.needed(input.name, "input.name", "to create an event");
        Event event = new Event();
        event.slug = input.slug;
        String what = "event \"" + input.slug + "\"";
        return Writes.conflictsReported(Panache.withTransaction(() -> events.findBySlug(input.slug)
                .invoke(existing -> Writes.absent(existing, what))
                .chain(() -> apply(event, input, author))
                .chain(() -> events.persist(event))), what)
                .chain(created -> events.read(created.id));
    }

    @Mutation("updateEvent")
    @Description("Changes an event's fields, from the version the client read: if it changed since, CONFLICT and "
            + "nothing is written. Needs the editor role.")
    public Uni<@NonNull EventView> updateEvent(@NonNull @Description("Slug of the event.") String slug,
            @NonNull @Description("The event's version the change was made from.") Integer expectedVersion,
            @NonNull @Description("The fields to change (slug is ignored).") EventInput input) {
        String author = access.require(Role.EDITOR);
        validation.check("input", input);
        String what = "event \"" + slug + "\"";
        return Writes.update(what, () -> events.findBySlug(slug), expectedVersion,
                event -> apply(event, input, author)).chain(updated -> events.read(updated.id));
    }

    @Mutation("deleteEvent")
    @Description("Deletes an event. Refused with CONFLICT while statements refer to it, NOT_FOUND when there is none. "
            + "Returns the slug deleted. Needs the admin role.")
    public Uni<@NonNull String> deleteEvent(@NonNull @Description("Slug of the event.") String slug) {
        access.require(Role.ADMIN);
        String what = "event \"" + slug + "\"";
        return Writes.delete(what, () -> events.findBySlug(slug));
    }

    /** Writes the given fields into the event, with its rules: the alliance exists, the end is not before the start. */
    private static Uni<Void> apply(Event event, EventInput input, String author) {
        if (input.kind != null) {
            event.kind = input.kind;
        }
        if (input.name != null) {
            event.name = input.name;
        }
        if (input.place != null) {
            event.place = input.place;
        }
        if (input.start != null) {
            event.start = PartialDate.parseArgument("input.start", input.start);
        }
        if (input.end != null) {
            event.end = PartialDate.parseArgument("input.end", input.end);
        }
        if (input.description != null) {
            event.description = input.description;
        }
        Writes.inOrder(event.start, event.end, "input.end");
        event.writtenBy(author);
        return Writes.reference(Alliance.class, input.alliance, "input.alliance")
                .invoke(alliance -> event.alliance = alliance != null ? alliance : event.alliance)
                .replaceWithVoid();
    }
}
