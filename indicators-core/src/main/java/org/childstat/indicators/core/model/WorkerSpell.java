package org.childstat.indicators.core.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A spell of a worker in a unit: one row of {@code workers.csv}. A worker who moves unit has
 * several. Immutable and thread-safe.
 *
 * @param workerId   the worker
 * @param workerName the worker's name, or null
 * @param unitId     the unit
 * @param startDate  first day in the unit
 * @param endDate    last day in the unit (inclusive), or null while it runs
 */
public record WorkerSpell(String workerId, String workerName, String unitId, LocalDate startDate,
                          LocalDate endDate) {
    /**
     * Checks the ids and the required values.
     *
     * @param workerId   the worker
     * @param workerName the worker's name, or null
     * @param unitId     the unit
     * @param startDate  first day in the unit
     * @param endDate    last day in the unit (inclusive), or null while it runs
     * @throws NullPointerException     if {@code workerId}, {@code unitId} or {@code startDate} is null
     * @throws IllegalArgumentException if an id is not valid ({@link Ids#isValid})
     */
    public WorkerSpell {
        Ids.require(workerId, "worker_id");
        Ids.require(unitId, "unit_id");
        Objects.requireNonNull(startDate, "start_date");
    }
}
