package org.childstat.indicators.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Equality and null-handling contracts of the value types. */
class RecordsTest {
    static final LocalDate D = LocalDate.of(2023, 1, 10);

    @Test
    void episode_equalityIsByValue() {
        Episode a = new Episode("E1", "C1", D, null, null);
        assertEquals(a, new Episode("E1", "C1", D, null, null));
        assertEquals(a.hashCode(), new Episode("E1", "C1", D, null, null).hashCode());
        assertNotEquals(a, new Episode("E1", "C1", D, D.plusDays(1), DischargeReason.ADOPTION));
    }

    @Test
    void records_rejectNullRequiredFieldsAndBadIds() {
        assertThrows(NullPointerException.class, () -> new Episode(null, "C1", D, null, null));
        assertThrows(NullPointerException.class, () -> new Episode("E1", "C1", null, null, null));
        assertThrows(NullPointerException.class, () -> new Placement("P1", "E1", D, null, null, false, null));
        assertThrows(NullPointerException.class, () -> new MaltreatmentReport("R1", "C1", D, null, null, false, null,
                null, null, null, null));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Child("", D, null, null, null));
        assertTrue(e.getMessage().contains("child_id"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Child("C\n1", D, null, null, null));
    }

    @Test
    void episode_lengthOfStayCountsDaysBetween() {
        // docs/input-files.md, Dates: enters one day, leaves the next = 1 day
        assertEquals(1, new Episode("E1", "C1", D, D.plusDays(1), DischargeReason.REUNIFICATION).lengthOfStay(D));
        assertEquals(30, new Episode("E1", "C1", D, null, null).lengthOfStay(D.plusDays(30)));
    }

    @Test
    void child_eighteenthBirthdayOfALeapDayBirthIs28February() {
        assertEquals(LocalDate.of(2022, 2, 28), new Child("C1", LocalDate.of(2004, 2, 29), null, null, null)
                .eighteenthBirthday());
    }

    @Test
    void report_victimIsDisposition1Or2OrADeath() {
        for (Disposition d : Disposition.values()) {
            MaltreatmentReport r = new MaltreatmentReport("R1", "C1", D, d, null, false, null, null, null, null, null);
            assertEquals(d == Disposition.SUBSTANTIATED || d == Disposition.INDICATED, r.isVictim(), d.toString());
            assertTrue(new MaltreatmentReport("R1", "C1", D, d, null, true, null, null, null, null, null).isVictim());
        }
    }

    @Test
    void codes_parseTheContractsCodesOnly() {
        assertEquals(DischargeReason.GUARDIANSHIP, DischargeReason.parse("5"));
        assertEquals(PlacementSetting.TRIAL_HOME_VISIT, PlacementSetting.parse("8"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Sex.parse("f"));
        assertTrue(e.getMessage().contains("M, F, U"), e.getMessage());
        assertTrue(DischargeReason.ADOPTION.isPermanency());
        assertFalse(DischargeReason.ADOPTION.isReunification());
        assertFalse(DischargeReason.EMANCIPATION.isPermanency());
    }
}
