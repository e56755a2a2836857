package org.childstat.indicators.core.model;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A removal episode (a stay in foster care): one row of {@code episodes.csv}. It covers the days
 * {@code [removalDate, dischargeDate)} (data-contract §2). Immutable and thread-safe.
 *
 * @param id              the episode's id
 * @param childId         the child removed
 * @param removalDate     date of removal
 * @param dischargeDate   date of discharge, or null while the episode is open
 * @param dischargeReason reason for discharge; null on an open episode, and on a closed one whose reason is missing
 */
public record Episode(String id, String childId, LocalDate removalDate, LocalDate dischargeDate,
                      DischargeReason dischargeReason) {
    public Episode {
        Ids.require(id, "episode_id");
        Ids.require(childId, "child_id");
        Objects.requireNonNull(removalDate, "removal_date");
    }

    /** Whether the episode had no discharge by the as-of date. */
    public boolean isOpen() {
        return dischargeDate == null;
    }

    /** Length of stay in days, {@code discharge - removal}, or {@code asOf - removal} for an open episode. */
    public long lengthOfStay(LocalDate asOf) {
        return ChronoUnit.DAYS.between(removalDate, isOpen() ? asOf : dischargeDate);
    }
}
