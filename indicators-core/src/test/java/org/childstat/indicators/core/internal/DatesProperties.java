package org.childstat.indicators.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;

/** The allocation-free date parser agrees with java.time (the independent reference) on every input. */
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

    @Property(tries = 1000)
    void plusMonths_clampsLikeJavaTime(@ForAll @IntRange(min = 0, max = 30_000) int epochDay,
                                       @ForAll @IntRange(min = -36, max = 36) int months) {
        assertEquals(LocalDate.ofEpochDay(epochDay).plusMonths(months).toEpochDay(), Dates.plusMonths(epochDay, months));
    }
}
