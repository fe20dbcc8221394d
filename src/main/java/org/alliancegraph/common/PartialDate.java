package org.alliancegraph.common;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/**
 * A date as precise as its source: "2018" (YEAR), "2026-09" (MONTH) or "2026-07-07" (DAY). Stored as the first day of
 * the period plus its precision.
 */
@Embeddable
@Type("PartialDate")
@Description("A date as precise as its source gives it: a year, a month or a day.")
public class PartialDate {

    @Ignore
    @Column(name = "date")
    public LocalDate start;

    @NonNull
    @Description("How much of the date is known.")
    @Enumerated(EnumType.STRING)
    @Column(name = "precision")
    public DatePrecision precision;

    protected PartialDate() {
    }

    private PartialDate(LocalDate start, DatePrecision precision) {
        this.start = start;
        this.precision = precision;
    }

    /** Parses "YYYY", "YYYY-MM" or "YYYY-MM-DD"; the number of parts gives the precision. */
    public static PartialDate parse(String text) {
        Objects.requireNonNull(text, "text");
        try {
            return switch (text.length()) {
                case 4 -> new PartialDate(LocalDate.of(Integer.parseInt(text), 1, 1), DatePrecision.YEAR);
                case 7 -> new PartialDate(YearMonth.parse(text).atDay(1), DatePrecision.MONTH);
                case 10 -> new PartialDate(LocalDate.parse(text), DatePrecision.DAY);
                default ->
                    throw new IllegalArgumentException("not a date of the form YYYY, YYYY-MM or YYYY-MM-DD: " + text);
            };
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new IllegalArgumentException("not a valid date: " + text, e);
        }
    }

    public static PartialDate parseNullable(String text) {
        return text == null ? null : parse(text);
    }

    /** A date given in a request: null for null, BAD_USER_INPUT naming the field for a malformed one. */
    public static PartialDate parseArgument(String field, String text) {
        try {
            return parseNullable(text);
        } catch (IllegalArgumentException e) {
            throw new BadUserInputException(field + ": " + e.getMessage(), field);
        }
    }

    @NonNull
    @Description("The date in ISO 8601 form, only as precise as known: \"2018\", \"2026-09\" or \"2026-07-07\".")
    public String getValue() {
        return switch (precision) {
            case YEAR -> String.format("%04d", start.getYear());
            case MONTH -> YearMonth.from(start).toString();
            case DAY -> start.toString();
        };
    }

    @NonNull
    @Description("The first day the date can mean.")
    public LocalDate getEarliest() {
        return start;
    }

    @NonNull
    @Description("The last day the date can mean (\"by September 2026\" means no later than 2026-09-30).")
    public LocalDate getLatest() {
        return switch (precision) {
            case YEAR -> start.withDayOfYear(start.lengthOfYear());
            case MONTH -> start.withDayOfMonth(start.lengthOfMonth());
            case DAY -> start;
        };
    }

    /**
     * Whether a period that starts and ends at these dates (either may be open: null) ends before it starts: when the
     * first day the end can mean is before the first day the start can mean, as the database's checks compare the
     * stored dates. "2010" to "2010-06" is in order; "2010-06" to "2010" is not (give the end as "2010-06" or later).
     * The one rule for every write of a period.
     */
    public static boolean endsBeforeItStarts(PartialDate from, PartialDate until) {
        return from != null && until != null && until.getEarliest().isBefore(from.getEarliest());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PartialDate that && start.equals(that.start) && precision == that.precision;
    }

    @Override
    public int hashCode() {
        return Objects.hash(start, precision);
    }

    @Override
    public String toString() {
        return getValue();
    }
}
