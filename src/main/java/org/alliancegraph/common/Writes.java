package org.alliancegraph.common;

import jakarta.persistence.OptimisticLockException;

import org.hibernate.StaleStateException;
import org.hibernate.exception.ConstraintViolationException;

import io.smallrye.mutiny.Uni;
import io.vertx.pgclient.PgException;

/** The checks every write makes: the record exists, is still at the version the client saw, and is not in use. */
public final class Writes {

    /** PostgreSQL's foreign_key_violation. */
    private static final String FOREIGN_KEY_VIOLATION = "23503";

    private Writes() {
    }

    /** The record, or NOT_FOUND naming the argument that pointed at it. */
    public static <T> T found(T record, String what, String argument) {
        if (record == null) {
            throw new NotFoundException("no " + what, argument);
        }
        return record;
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
     * version (the database saw the version change under it), or a delete of a record other records still refer to.
     */
    public static <T> Uni<T> conflictsReported(Uni<T> write, String what) {
        return write.onFailure(Writes::isStale)
                .transform(failure -> new ConflictException(what + " was changed by someone else meanwhile: reload it "
                        + "and apply the change again"))
                .onFailure(Writes::isStillReferred)
                .transform(failure -> new ConflictException(what + " cannot be deleted: other records still refer to "
                        + "it (" + referringConstraint(failure) + ")"));
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

    private static boolean isStillReferred(Throwable failure) {
        return referringConstraint(failure) != null;
    }

    /** The foreign key that refused a delete, as the database names it; null when none did. */
    private static String referringConstraint(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConstraintViolationException violation
                    && FOREIGN_KEY_VIOLATION.equals(violation.getSQLState())) {
                return violation.getConstraintName() != null ? violation.getConstraintName() : "a foreign key";
            }
            if (cause instanceof PgException pg && FOREIGN_KEY_VIOLATION.equals(pg.getSqlState())) {
                return pg.getConstraint() != null ? pg.getConstraint() : "a foreign key";
            }
        }
        return null;
    }
}
