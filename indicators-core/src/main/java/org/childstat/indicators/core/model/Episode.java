package org.childstat.indicators.core.model;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A removal episode (a stay in foster care): one row of {@code episodes.csv}. It covers the days
 * {@code [removalDate, dischargeDate)} (docs/input-files.md, Dates). Immutable and thread-safe.
 *
 * @param id              the episode's id
 * @param childId         the child removed
 * @param removalDate     date of removal
 * @param dischargeDate   date of discharge, or null while the episode is open
 * @param dischargeReason reason for discharge; null on an open episode, and on a closed one whose reason is missing
 */
public record Episode(String id, String childId, LocalDate removalDate, LocalDate dischargeDate,
                      DischargeReason dischargeReason) {
    /**
     * Checks the ids and the required values.
     *
     * @param id              the episode's id
     * @param childId         the child removed
     * @param removalDate     date of removal
     * @param dischargeDate   date of discharge, or null while the episode is open
     * @param dischargeReason reason for discharge, or null
     * @throws NullPointerException     if {@code id}, {@code childId} or {@code removalDate} is null
     * @throws IllegalArgumentException if an id is not valid ({@link Ids#isValid})
     */
    public Episode {
        Ids.require(id, "episode_id");
        Ids.require(childId, "child_id");
        Objects.requireNonNull(removalDate, "removal_date");
    }

    /**
     * Whether the episode is open.
     *
     * @return true when it has no discharge date (none by the as-of date, for an episode read
     *         from an extract)
     */
    public boolean isOpen() {
        return dischargeDate == null;
    }

    /**
     * Length of stay: the days of {@code [removalDate, dischargeDate)}.
     *
     * @param asOf the date an open episode is measured to; not read for a closed one (then it may be
     *             null)
     * @return {@code dischargeDate - removalDate} in days (0 for a same-day exit), or
     *         {@code asOf - removalDate} for an open episode (negative when {@code asOf} is before
     *         the removal)
     * @throws NullPointerException if the episode is open and {@code asOf} is null
     */
    public long lengthOfStay(LocalDate asOf) {
        return ChronoUnit.DAYS.between(removalDate, isOpen() ? asOf : dischargeDate);
    }
}
