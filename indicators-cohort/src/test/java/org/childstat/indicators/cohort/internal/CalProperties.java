package org.childstat.indicators.cohort.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** The allocation-free calendar agrees with java.time, the contract's reference (docs/input-files.md). */
class CalProperties {
    @Property(tries = 5000)
    void plusMonths_isLocalDatePlusMonths(@ForAll @IntRange(min = -40_000, max = 60_000) int day,
                                          @ForAll @IntRange(min = -60, max = 60) int months) {
        assertEquals(LocalDate.ofEpochDay(day).plusMonths(months).toEpochDay(), Cal.plusMonths(day, months));
    }

    @Property(tries = 5000)
    void monthsBetween_isChronoUnitMonths(@ForAll @IntRange(min = -40_000, max = 60_000) int a,
                                          @ForAll @IntRange(min = -3_000, max = 3_000) int delta) {
        assertEquals(ChronoUnit.MONTHS.between(LocalDate.ofEpochDay(a), LocalDate.ofEpochDay(a + delta)),
                Cal.monthsBetween(a, a + delta));
    }

    @Property(tries = 3000)
    void monthStartAndEnd(@ForAll @IntRange(min = -40_000, max = 60_000) int day) {
        LocalDate d = LocalDate.ofEpochDay(day);
        assertEquals(d.withDayOfMonth(1).toEpochDay(), Cal.monthStart(day));
        assertEquals(d.withDayOfMonth(d.lengthOfMonth()).toEpochDay(), Cal.monthEnd(day));
    }
}
