package org.childstat.indicators.core.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A child: one row of {@code children.csv}. Immutable and thread-safe.
 *
 * @param id             the child's id
 * @param birthDate      date of birth
 * @param sex            sex, or null when not recorded
 * @param raceEthnicity  the agency's race/ethnicity code (free text), or null
 * @param siblingGroupId children sharing this id are siblings; null when none
 */
public record Child(String id, LocalDate birthDate, Sex sex, String raceEthnicity, String siblingGroupId) {
    /**
     * Checks the ids and the required values.
     *
     * @param id             the child's id
     * @param birthDate      date of birth
     * @param sex            sex, or null when not recorded
     * @param raceEthnicity  the agency's race/ethnicity code (free text), or null
     * @param siblingGroupId children sharing this id are siblings; null when none
     * @throws NullPointerException     if {@code id} or {@code birthDate} is null
     * @throws IllegalArgumentException if an id is not valid ({@link Ids#isValid})
     */
    public Child {
        Ids.require(id, "child_id");
        Objects.requireNonNull(birthDate, "birth_date");
        Ids.optional(siblingGroupId, "sibling_group_id");
    }

    /**
     * The day the child turns 18: from it on, the child is 18 or older (docs/input-files.md,
     * Counting days).
     *
     * @return {@code birthDate.plusYears(18)}; for a child born on 29 February, 28 February
     */
    public LocalDate eighteenthBirthday() {
        return birthDate.plusYears(18);
    }
}
