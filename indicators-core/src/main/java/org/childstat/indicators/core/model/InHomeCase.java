package org.childstat.indicators.core.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One child of a family served in its own home by an in-home services case (family maintenance):
 * one row of {@code in_home_cases.csv}. A case about siblings has one row per child, all with the
 * same {@code caseId}; the pair (case id, child id) is the row's id. Immutable and thread-safe.
 *
 * @param caseId    the in-home services case
 * @param childId   the child served
 * @param openDate  the day the child's services opened
 * @param closeDate the last day of services (inclusive), or null while the case is open
 */
public record InHomeCase(String caseId, String childId, LocalDate openDate, LocalDate closeDate) {
    /**
     * Checks the ids and the required values.
     *
     * @param caseId    the in-home services case
     * @param childId   the child served
     * @param openDate  the day the child's services opened
     * @param closeDate the last day of services (inclusive), or null while the case is open
     * @throws NullPointerException     if {@code caseId}, {@code childId} or {@code openDate} is null
     * @throws IllegalArgumentException if an id is not valid ({@link Ids#isValid})
     */
    public InHomeCase {
        Ids.require(caseId, "case_id");
        Ids.require(childId, "child_id");
        Objects.requireNonNull(openDate, "open_date");
    }

    /**
     * Whether the row is open on a date: {@code openDate <= date} and the close date is empty or
     * on or after it. Days in care are not taken out here (see the in-home indicators).
     *
     * @param date the day
     * @return true when the row covers the day
     */
    public boolean covers(LocalDate date) {
        return !openDate.isAfter(date) && (closeDate == null || !closeDate.isBefore(date));
    }
}
