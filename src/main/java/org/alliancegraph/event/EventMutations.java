package org.alliancegraph.event;

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
public class EventMutations {

    private static final Place INPUT = Place.argument("input");

    private final EventService service;
    private final EventRepository events;
    private final Access access;
    private final InputValidation validation;

    EventMutations(EventService service, EventRepository events, Access access, InputValidation validation) {
        this.service = service;
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
        return service.create(data(input), author, INPUT).chain(created -> events.read(created.id));
    }

    @Mutation("updateEvent")
    @Description("Changes an event's fields, from the version the client read: if it changed since, CONFLICT and "
            + "nothing is written. Needs the editor role.")
    public Uni<@NonNull EventView> updateEvent(@NonNull @Description("Slug of the event.") String slug,
            @NonNull @Description("The event's version the change was made from.") Integer expectedVersion,
            @NonNull @Description("The fields to change (slug is ignored).") EventInput input) {
        String author = access.require(Role.EDITOR);
        validation.check("input", input);
        return service.update(slug, expectedVersion, data(input), author, INPUT)
                .chain(updated -> events.read(updated.id));
    }

    @Mutation("deleteEvent")
    @Description("Deletes an event. Refused with CONFLICT while statements refer to it, NOT_FOUND when there is none. "
            + "Returns the slug deleted. Needs the admin role.")
    public Uni<@NonNull String> deleteEvent(@NonNull @Description("Slug of the event.") String slug) {
        access.require(Role.ADMIN);
        return service.delete(slug);
    }

    private static EventData data(EventInput input) {
        return new EventData(input.slug, input.kind, input.name, input.alliance, input.place, null, input.start,
                input.end, input.description, null);
    }
}
