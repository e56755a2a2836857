package org.childstat.indicators.core.io;

import java.time.LocalDate;
import java.util.Objects;
import org.childstat.indicators.core.internal.Dates;

/**
 * The dates the library accepts: years {@value #MIN_YEAR} to {@value #MAX_YEAR}, that is
 * {@link #MIN} (1900-01-01) to {@link #MAX} (2199-12-31), in the data and in every option. A date
 * in a file outside them is {@code BAD_DATE} (its row is set aside); an as-of date or any other
 * option outside them is refused with {@link IllegalArgumentException} by {@link #check}, which a
 * command line calls on its date arguments, so that nothing far off ever reaches the engine. The
 * bounds keep every date arithmetic of the library exact (epoch days and months in an int).
 * Stateless and thread-safe.
 */
public final class DateBounds {
    /** The first year accepted. */
    public static final int MIN_YEAR = Dates.MIN_YEAR;
    /** The last year accepted. */
    public static final int MAX_YEAR = Dates.MAX_YEAR;
    /** The first day accepted: 1900-01-01. */
    public static final LocalDate MIN = LocalDate.of(MIN_YEAR, 1, 1);
    /** The last day accepted: 2199-12-31. */
    public static final LocalDate MAX = LocalDate.of(MAX_YEAR, 12, 31);

    private DateBounds() {
    }

    /**
     * Whether a date is accepted.
     *
     * @param date a date, or null
     * @return true when it lies in {@link #MIN} to {@link #MAX}, both included; false for null
     */
    public static boolean contains(LocalDate date) {
        return date != null && !date.isBefore(MIN) && !date.isAfter(MAX);
    }

    /**
     * Returns {@code date} if it lies in {@link #MIN} to {@link #MAX}.
     *
     * @param date the date
     * @param what what the date is, for the message (e.g. {@code --as-of}, {@code as-of date})
     * @return the date
     * @throws NullPointerException     if {@code date} is null
     * @throws IllegalArgumentException if it is outside, with the message
     *                                  {@code "<what>: 2300-01-01 is outside the supported years 1900 to 2199"}
     */
    public static LocalDate check(LocalDate date, String what) {
        Objects.requireNonNull(date, what);
        if (!contains(date)) {
            throw new IllegalArgumentException(what + ": " + outside(date.toString()));
        }
        return date;
    }

    /**
     * The words for a date outside the bounds, for a message.
     *
     * @param date the date as it should appear in the message (as written, or ISO)
     * @return e.g. {@code "2300-01-01 is outside the supported years 1900 to 2199"}
     */
    public static String outside(String date) {
        return date + " is outside the supported years " + MIN_YEAR + " to " + MAX_YEAR;
    }
}
