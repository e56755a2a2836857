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
    public Child {
        Ids.require(id, "child_id");
        Objects.requireNonNull(birthDate, "birth_date");
        Ids.optional(siblingGroupId, "sibling_group_id");
    }

    /** The 18th birthday, {@code birthDate.plusYears(18)} (data-contract §2: 29 Feb births turn 18 on 28 Feb). */
    public LocalDate eighteenthBirthday() {
        return birthDate.plusYears(18);
    }
}
