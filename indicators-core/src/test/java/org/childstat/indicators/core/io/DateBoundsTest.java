package org.childstat.indicators.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The supported years, 1900 to 2199, as the command line checks its date options. */
class DateBoundsTest {
    @ParameterizedTest
    @ValueSource(strings = {"1900-01-01", "1970-01-01", "2024-02-29", "2199-12-31"})
    void check_dateInside_isReturned(String text) {
        LocalDate date = LocalDate.parse(text);
        assertSame(date, DateBounds.check(date, "--as-of"));
        assertTrue(DateBounds.contains(date));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1899-12-31", "2200-01-01", "2300-01-01", "+215000-06-30", "-999999999-01-01",
        "+999999999-12-31", "0000-01-01"})
    void check_dateOutside_isRefusedNamingTheOptionAndTheBounds(String text) {
        LocalDate date = LocalDate.parse(text);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DateBounds.check(date, "--as-of"));
        assertEquals("--as-of: " + date + " is outside the supported years 1900 to 2199", e.getMessage());
        assertFalse(DateBounds.contains(date));
    }

    @Test
    void check_null_isANullPointerNamingWhat() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> DateBounds.check(null, "--since"));
        assertEquals("--since", e.getMessage());
        assertFalse(DateBounds.contains(null));
    }

    @Test
    void bounds_areTheDocumentedDays() {
        assertEquals(LocalDate.of(1900, 1, 1), DateBounds.MIN);
        assertEquals(LocalDate.of(2199, 12, 31), DateBounds.MAX);
        assertEquals("2300-01-01 is outside the supported years 1900 to 2199", DateBounds.outside("2300-01-01"));
    }
}
