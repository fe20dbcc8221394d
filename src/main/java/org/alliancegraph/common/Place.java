package org.alliancegraph.common;

import java.util.List;
import java.util.function.BiFunction;

import io.smallrye.mutiny.Uni;

/**
 * Where a write's fields are in the caller's input, so that a rule broken on either write path names the field as that
 * path's client wrote it: a GraphQL argument path for the mutations ({@code input.until}), a JSON pointer into the
 * annotations for the seed files and ingestDocument ({@code /alliances/0/memberships/1/until}). The write services take
 * one and raise every client error with {@link #field} as its field.
 */
public final class Place {

    private final String path;
    private final String separator;

    private Place(String path, String separator) {
        this.path = path;
        this.separator = separator;
    }

    /** A mutation's argument, e.g. {@code input}. */
    public static Place argument(String name) {
        return new Place(name, ".");
    }

    /** The root of a seed file or of ingestDocument's annotations (JSON pointer ""). */
    public static Place root() {
        return new Place("", "/");
    }

    /** The place of a field or list of this entry. */
    public Place at(String field) {
        return new Place(field(field), separator);
    }

    /** The place of an item of this list. */
    public Place at(int index) {
        return at(Integer.toString(index));
    }

    /** The path of a field of this entry, as the client names it. */
    public String field(String name) {
        return path + separator + name;
    }

    /** The path of this entry itself. */
    public String path() {
        return path;
    }

    /** The last step of the path: the index of an item of a list. */
    public int index() {
        return Integer.parseInt(path.substring(path.lastIndexOf(separator) + 1));
    }

    /** BAD_USER_INPUT on a field of this entry. */
    public BadUserInputException invalid(String field, String problem) {
        return new BadUserInputException(field(field) + ": " + problem, field(field));
    }

    /** BAD_USER_INPUT on this entry as a whole. */
    public BadUserInputException invalid(String problem) {
        return new BadUserInputException(path + ": " + problem, path);
    }

    /** A date field: null for null, BAD_USER_INPUT naming the field for a malformed one. */
    public PartialDate date(String field, String text) {
        return PartialDate.parseArgument(field(field), text);
    }

    /** The period rule: BAD_USER_INPUT on the end field when the period ends before it starts. */
    public void inOrder(PartialDate from, PartialDate until, String untilField) {
        if (PartialDate.endsBeforeItStarts(from, until)) {
            throw invalid(untilField, until.getValue() + " is before the start, " + from.getValue());
        }
    }

    /** BAD_USER_INPUT naming the field unless it was given, e.g. the slug of a record to create. */
    public void needed(Object value, String field, String purpose) {
        if (value == null) {
            throw invalid(field, "needed " + purpose);
        }
    }

    /** The record a slug in a field names: null for no slug, NOT_FOUND naming the field otherwise. */
    public <T extends SluggedEntity> Uni<T> reference(Class<T> type, String field, String slug) {
        return Writes.reference(type, slug, field(field));
    }

    /**
     * One step per item of the list at this place, in order, each given its item's place; stops at the first failure.
     */
    public <T> Uni<Void> each(List<T> items, BiFunction<T, Place, Uni<?>> step) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (int i = 0; i < items.size(); i++) {
            T item = items.get(i);
            Place itemAt = at(i);
            chain = chain.chain(() -> step.apply(item, itemAt)).replaceWithVoid();
        }
        return chain;
    }

    @Override
    public String toString() {
        return path;
    }
}
