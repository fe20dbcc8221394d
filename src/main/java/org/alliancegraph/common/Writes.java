package org.alliancegraph.common;

import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.persistence.OptimisticLockException;

import org.hibernate.StaleStateException;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.reactive.mutiny.Mutiny;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.pgclient.PgException;

/** The checks every write makes: the record exists, is still at the version the client saw, and is not in use. */
public final class Writes {

    /** PostgreSQL's foreign_key_violation. */
    private static final String FOREIGN_KEY_VIOLATION = "23503";
    /** PostgreSQL's unique_violation. */
    private static final String UNIQUE_VIOLATION = "23505";

    private Writes() {
    }

    /**
     * Updates the record a slug names, in one transaction: NOT_FOUND when there is none, CONFLICT unless it is still at
     * the version the change was made from; then {@code change} writes into it and the session is flushed, so that a
     * concurrent change of the same version is a CONFLICT too.
     *
     * @param find
     *            reads the record by its slug (argument {@code slug})
     */
    public static <T extends SluggedEntity> Uni<T> update(String what, Supplier<Uni<T>> find, int expectedVersion,
            Function<T, Uni<?>> change) {
        return conflictsReported(Panache.withTransaction(() -> find.get()
                .map(found -> atVersion(found(found, what, "slug"), expectedVersion, what))
                .call(change)
                .call(Writes::flush)), what);
    }

    /** Deletes the record a slug names; NOT_FOUND when there is none, CONFLICT while other records refer to it. */
    public static <T extends SluggedEntity> Uni<String> delete(String what, Supplier<Uni<T>> find) {
        return conflictsReported(Panache.withTransaction(() -> find.get()
                .map(found -> found(found, what, "slug"))
                .call(record -> Panache.getSession().chain(session -> session.remove(record)))
                .call(Writes::flush)
                .map(record -> record.slug)), what);
    }

    /** CONFLICT on the slug's field when a record to create exists already. */
    public static void absent(Object existing, String what, String slugField) {
        if (existing != null) {
            throw new ConflictException(what + " exists already", slugField);
        }
    }

    /** Stores a new record of the write in progress. */
    public static Uni<Void> persist(Object entity) {
        return Panache.getSession().chain(session -> session.persist(entity));
    }

    /**
     * Deletes the records of an entity that belong to a parent, before the write stores the parent's new ones.
     *
     * @param owner
     *            the entity's attribute that points at the parent, e.g. "mission"
     */
    public static Uni<Void> deleteChildren(Class<?> entity, String owner, Object parent) {
        return Panache.getSession().chain(session -> session
                .createMutationQuery("delete from " + entity.getSimpleName() + " where " + owner + " = ?1")
                .setParameter(1, parent).executeUpdate().replaceWithVoid());
    }

    /** Writes the session's changes now, so that the database's checks (versions, keys) fail inside the call. */
    public static Uni<Void> flush() {
        return Panache.getSession().chain(session -> session.flush());
    }

    /** The record, or NOT_FOUND naming the argument that pointed at it. */
    public static <T> T found(T record, String what, String argument) {
        if (record == null) {
            throw new NotFoundException("no " + what, argument);
        }
        return record;
    }

    /** The record of this type a slug in the input names: null for no slug, NOT_FOUND naming the field otherwise. */
    public static <T extends SluggedEntity> Uni<T> reference(Class<T> type, String slug, String field) {
        if (slug == null) {
            return Uni.createFrom().nullItem();
        }
        return Panache.getSession().chain(session -> bySlug(session, type, slug))
                .map(found -> found(found, type.getSimpleName().toLowerCase(Locale.ROOT) + " \"" + slug + "\"",
                        field));
    }

    /** The stored record of this type with this slug, or null: the one lookup by slug of every write. */
    public static <T extends SluggedEntity> Uni<T> bySlug(Mutiny.Session session, Class<T> type, String slug) {
        return session.createSelectionQuery("from " + type.getSimpleName() + " where slug = ?1", type)
                .setParameter(1, slug).getSingleResultOrNull();
    }

    /** CONFLICT unless the record is at the version the client's change was made from. */
    public static <T extends SluggedEntity> T atVersion(T record, int expected, String what) {
        if (record.version != expected) {
            throw stale(what, record.version, expected);
        }
        return record;
    }

    /**
     * Turns the failures that mean "someone else got there first" into CONFLICT: a concurrent update of the same
     * version (the database saw the version change under it), a record that exists already, or a delete of a record
     * other records still refer to.
     */
    public static <T> Uni<T> conflictsReported(Uni<T> write, String what) {
        return write.onFailure(Writes::isStale)
                .transform(failure -> new ConflictException(what + " was changed by someone else meanwhile: reload it "
                        + "and apply the change again"))
                .onFailure(failure -> violated(failure, UNIQUE_VIOLATION) != null)
                .transform(failure -> new ConflictException(what + ": such a record exists already ("
                        + violated(failure, UNIQUE_VIOLATION) + ")"))
                .onFailure(failure -> violated(failure, FOREIGN_KEY_VIOLATION) != null)
                .transform(failure -> new ConflictException(what + " cannot be deleted: other records still refer to "
                        + "it (" + violated(failure, FOREIGN_KEY_VIOLATION) + ")"));
    }

    private static ConflictException stale(String what, int stored, int expected) {
        return new ConflictException(what + " is at version " + stored + ", not " + expected
                + ": reload it and apply the change again");
    }

    private static boolean isStale(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof StaleStateException || cause instanceof OptimisticLockException) {
                return true;
            }
        }
        return false;
    }

    /** The constraint of this kind (SQL state) that refused the write, as the database names it; null if none did. */
    private static String violated(Throwable failure, String sqlState) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConstraintViolationException violation && sqlState.equals(violation.getSQLState())) {
                return violation.getConstraintName() != null ? violation.getConstraintName() : "a constraint";
            }
            if (cause instanceof PgException pg && sqlState.equals(pg.getSqlState())) {
                return pg.getConstraint() != null ? pg.getConstraint() : "a constraint";
            }
        }
        return null;
    }
}
