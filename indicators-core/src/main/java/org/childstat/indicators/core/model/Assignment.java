package org.childstat.indicators.core.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A spell during which a worker carries a child's case: one row of {@code assignments.csv}.
 * Immutable and thread-safe.
 *
 * @param childId   the child
 * @param workerId  the worker
 * @param startDate first day of the assignment
 * @param endDate   last day (inclusive), or null while it runs
 */
public record Assignment(String childId, String workerId, LocalDate startDate, LocalDate endDate) {
    /**
     * Checks the ids and the required values.
     *
     * @param childId   the child
     * @param workerId  the worker
     * @param startDate first day of the assignment
     * @param endDate   last day (inclusive), or null while it runs
     * @throws NullPointerException     if {@code childId}, {@code workerId} or {@code startDate} is null
     * @throws IllegalArgumentException if an id is not valid ({@link Ids#isValid})
     */
    public Assignment {
        Ids.require(childId, "child_id");
        Ids.require(workerId, "worker_id");
        Objects.requireNonNull(startDate, "start_date");
    }
}
