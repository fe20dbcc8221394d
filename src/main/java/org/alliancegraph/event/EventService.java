package org.alliancegraph.event;

import jakarta.enterprise.context.ApplicationScoped;

import org.alliancegraph.actor.Actor;
import org.alliancegraph.alliance.Alliance;
import org.alliancegraph.common.Place;
import org.alliancegraph.common.Writes;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Writes of events, for the mutations and the seed loader alike: the rules (an end not before the start, the alliance
 * and place exist) and the transaction, which a caller's transaction (a seed file's) takes in.
 */
@ApplicationScoped
public class EventService {

    private final EventRepository events;

    EventService(EventRepository events) {
        this.events = events;
    }

    /** A new event (slug, kind and name needed); CONFLICT when the slug is taken. */
    public Uni<Event> create(EventData data, String author, Place at) {
        at.needed(data.slug(), "slug", "to create an event");
        at.needed(data.kind(), "kind", "to create an event");
        at.needed(data.name(), "name", "to create an event");
        String what = "event \"" + data.slug() + "\"";
        Event event = new Event();
        event.slug = data.slug();
        return Writes.conflictsReported(Panache.withTransaction(() -> events.findBySlug(data.slug())
                .invoke(existing -> Writes.absent(existing, what, at.field("slug")))
                .chain(() -> change(event, data, author, at))
                .call(events::persist)), what);
    }

    /** Changes the fields given (not null), from the version the client read. */
    public Uni<Event> update(String slug, int expectedVersion, EventData changes, String author, Place at) {
        return Writes.update("event \"" + slug + "\"", () -> events.findBySlug(slug), expectedVersion,
                event -> change(event, changes, author, at));
    }

    /** Deletes an event; CONFLICT while statements refer to it. */
    public Uni<String> delete(String slug) {
        return Writes.delete("event \"" + slug + "\"", () -> events.findBySlug(slug));
    }

    /** Stores an event whole over what its slug has (or as a new one): a field left out is cleared. */
    public Uni<Event> store(EventData data, String author, Place at) {
        return Panache.withTransaction(() -> events.findBySlug(data.slug()).chain(found -> {
            Event event = found != null ? found : new Event();
            event.slug = data.slug();
            event.alliance = null;
            event.place = null;
            event.placeActor = null;
            event.start = null;
            event.end = null;
            event.description = null;
            event.source = null;
            return change(event, data, author, at)
                    .call(changed -> changed.id == null ? events.persist(changed) : Writes.flush());
        }));
    }

    /** Writes the fields given (not null) into the event, with its rules. */
    private static Uni<Event> change(Event event, EventData data, String author, Place at) {
        if (data.kind() != null) {
            event.kind = data.kind();
        }
        if (data.name() != null) {
            event.name = data.name();
        }
        if (data.place() != null) {
            event.place = data.place();
        }
        if (data.start() != null) {
            event.start = at.date("start", data.start());
        }
        if (data.end() != null) {
            event.end = at.date("end", data.end());
        }
        if (data.description() != null) {
            event.description = data.description();
        }
        if (data.source() != null) {
            event.source = data.source();
        }
        at.inOrder(event.start, event.end, "end");
        event.writtenBy(author);
        return at.reference(Alliance.class, "alliance", data.alliance())
                .invoke(alliance -> event.alliance = alliance != null ? alliance : event.alliance)
                .chain(() -> at.reference(Actor.class, "placeActor", data.placeActor()))
                .invoke(place -> event.placeActor = place != null ? place : event.placeActor)
                .replaceWith(event);
    }
}
