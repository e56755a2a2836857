package org.childstat.indicators.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.StringLength;

/**
 * The allocation-free date parser agrees with java.time (the independent reference) on every input,
 * and the date arithmetic is exact or refuses, never wraps, for any int.
 */
class DatesProperties {
    @Property(tries = 3000)
    void parseDate_agreesWithLocalDate(@ForAll @IntRange(min = -200_000, max = 200_000) int epochDay) {
        LocalDate d = LocalDate.ofEpochDay(epochDay);
        if (d.getYear() < 0 || d.getYear() > 9999) {
            return;
        }
        assertEquals(epochDay, Dates.parseDate(d.toString()));
    }

    @Property(tries = 3000)
    void parseDate_rejectsExactlyWhatLocalDateRejects(@ForAll @IntRange(min = 0, max = 9999) int year,
                                                      @ForAll @IntRange(min = 0, max = 13) int month,
                                                      @ForAll @IntRange(min = 0, max = 32) int day) {
        String text = String.format("%04d-%02d-%02d", year, month, day);
        int expected;
        try {
            expected = (int) LocalDate.parse(text).toEpochDay();
        } catch (DateTimeParseException e) {
            expected = Dates.INVALID;
        }
        assertEquals(expected, Dates.parseDate(text), text);
    }

    @Property(tries = 2000)
    void parseDate_arbitraryTextNeverThrows(@ForAll @StringLength(max = 12) String text) {
        int d = Dates.parseDate(text);
        if (d != Dates.INVALID) {
            assertEquals(LocalDate.parse(text).toEpochDay(), d);
        }
    }

    @Property(tries = 2000)
    void parseDateTime_agreesWithLocalDateTime(@ForAll @IntRange(min = 0, max = 2_000_000_000) int second,
                                               @ForAll boolean withSeconds) {
        LocalDateTime t = LocalDateTime.ofEpochSecond(second, 0, java.time.ZoneOffset.UTC);
        if (!withSeconds) {
            t = t.withSecond(0);
        }
        String text = withSeconds ? Dates.formatTime(Dates.of(t)) : Dates.formatTime(Dates.of(t)).substring(0, 16);
        assertEquals(Dates.of(t), Dates.parseDateTime(text.toCharArray(), 0, text.length()), text);
    }

    @Property(tries = 5000)
    void plusMonths_clampsLikeJavaTime(@ForAll @IntRange(min = -40_000, max = 60_000) int epochDay,
                                       @ForAll @IntRange(min = -60, max = 60) int months) {
        assertEquals(LocalDate.ofEpochDay(epochDay).plusMonths(months).toEpochDay(), Dates.plusMonths(epochDay, months));
    }

    @Property(tries = 5000)
    void monthsBetween_isChronoUnitMonths(@ForAll @IntRange(min = -40_000, max = 60_000) int a,
                                          @ForAll @IntRange(min = -3_000, max = 3_000) int delta) {
        assertEquals(ChronoUnit.MONTHS.between(LocalDate.ofEpochDay(a), LocalDate.ofEpochDay(a + delta)),
                Dates.monthsBetween(a, a + delta));
    }

    @Property(tries = 3000)
    void monthStartAndEnd_areTheMonthsFirstAndLastDay(@ForAll @IntRange(min = -40_000, max = 60_000) int epochDay) {
        LocalDate d = LocalDate.ofEpochDay(epochDay);
        assertEquals(d.withDayOfMonth(1).toEpochDay(), Dates.monthStart(epochDay));
        assertEquals(d.withDayOfMonth(d.lengthOfMonth()).toEpochDay(), Dates.monthEnd(epochDay));
    }

    /** What java.time gives, or null when it throws or the result is not an int epoch day (nor a marker). */
    private static Integer reference(java.util.function.LongSupplier javaTime) {
        try {
            long day = javaTime.getAsLong();
            return day > Dates.INVALID && day <= Integer.MAX_VALUE ? (int) day : null;
        } catch (DateTimeException e) {
            return null;
        }
    }

    @Property(tries = 3000)
    void plusMonths_anyInts_isExactOrThrows(@ForAll int epochDay, @ForAll int months) {
        Integer expected = reference(() -> LocalDate.ofEpochDay(epochDay).plusMonths(months).toEpochDay());
        if (expected == null) {
            assertThrows(ArithmeticException.class, () -> Dates.plusMonths(epochDay, months));
        } else {
            assertEquals(expected, Dates.plusMonths(epochDay, months));
        }
    }

    /**
     * The ends of the int epoch days (Integer.MIN_VALUE + 2 to MAX_VALUE; below are the markers),
     * with month counts that cross them: plusMonths, monthStart and monthEnd are java.time's or
     * throw exactly when java.time's day does not fit; monthsBetween always fits.
     */
    @Property(tries = 3000)
    void calendar_atTheIntEnds_isExactOrThrows(@ForAll @IntRange(min = 0, max = 2_000) int fromEnd,
                                               @ForAll boolean low,
                                               @ForAll @IntRange(min = -70, max = 70) int months) {
        int epochDay = low ? Integer.MIN_VALUE + 2 + fromEnd : Integer.MAX_VALUE - fromEnd;
        LocalDate date = LocalDate.ofEpochDay(epochDay);
        Integer expected = reference(() -> date.plusMonths(months).toEpochDay());
        if (expected == null) {
            assertThrows(ArithmeticException.class, () -> Dates.plusMonths(epochDay, months));
        } else {
            assertEquals(expected, Dates.plusMonths(epochDay, months));
        }
        Integer first = reference(() -> date.withDayOfMonth(1).toEpochDay());
        Integer last = reference(() -> date.withDayOfMonth(date.lengthOfMonth()).toEpochDay());
        if (first == null) {
            assertThrows(ArithmeticException.class, () -> Dates.monthStart(epochDay));
        } else {
            assertEquals(first, Dates.monthStart(epochDay));
        }
        if (last == null) {
            assertThrows(ArithmeticException.class, () -> Dates.monthEnd(epochDay));
        } else {
            assertEquals(last, Dates.monthEnd(epochDay));
        }
        int other = low ? Integer.MAX_VALUE - fromEnd : Integer.MIN_VALUE + 2 + fromEnd;
        assertEquals(ChronoUnit.MONTHS.between(date, LocalDate.ofEpochDay(other)), Dates.monthsBetween(epochDay, other));
    }

    @Property(tries = 3000)
    void plusYears_anyInts_isExactOrThrows(@ForAll int epochDay, @ForAll int years) {
        Integer expected = reference(() -> LocalDate.ofEpochDay(epochDay).plusYears(years).toEpochDay());
        if (expected == null) {
            assertThrows(ArithmeticException.class, () -> Dates.plusYears(epochDay, years));
        } else {
            assertEquals(expected, Dates.plusYears(epochDay, years));
        }
    }

    @Property(tries = 2000)
    void dayOf_anyLong_isExactOrThrows(@ForAll long epochSecond) {
        long day = Math.floorDiv(epochSecond, 86_400L);
        if (day > Dates.INVALID && day <= Integer.MAX_VALUE) {
            assertEquals(day, Dates.dayOf(epochSecond));
        } else {
            assertThrows(ArithmeticException.class, () -> Dates.dayOf(epochSecond));
        }
    }

    @Property(tries = 2000)
    void toDateAndFormat_anyInt_agreeWithLocalDate(@ForAll int epochDay) {
        if (epochDay == Dates.NONE) {
            assertEquals("", Dates.format(epochDay));
            return;
        }
        assertEquals(LocalDate.ofEpochDay(epochDay), Dates.toDate(epochDay));
        assertEquals(LocalDate.ofEpochDay(epochDay).toString(), Dates.format(epochDay));
    }

    @Property(tries = 1000)
    void of_anyDate_isExactOrThrows(@ForAll @LongRange(min = -365_243_219_162L, max = 365_241_780_471L) long day) {
        LocalDate date = LocalDate.ofEpochDay(day);
        if (day > Dates.INVALID && day <= Integer.MAX_VALUE) {
            assertEquals(day, Dates.of(date));
        } else {
            assertThrows(ArithmeticException.class, () -> Dates.of(date));
        }
    }

    @Property(tries = 1000)
    void inBounds_isExactlyTheYears1900To2199(@ForAll @IntRange(min = -100_000, max = 200_000) int epochDay) {
        int year = LocalDate.ofEpochDay(epochDay).getYear();
        assertEquals(year >= 1900 && year <= 2199, Dates.inBounds(epochDay));
        assertEquals(year >= 1900 && year <= 2199, Dates.inBounds(epochDay * 86_400L + 86_399L));
    }
}
