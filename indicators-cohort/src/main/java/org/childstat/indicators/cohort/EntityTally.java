package org.childstat.indicators.cohort;

import java.util.Objects;
import org.childstat.indicators.core.model.Level;

/**
 * One entity's numerator and denominator for one indicator and period, as tallied, before any
 * suppression: the input of analyses that pool entities into larger groups (workers into caseload
 * or tenure bands, {@code childstat relate}). Not for publication entity by entity: a result of
 * fewer than 5 children is suppressed in results.csv for a reason. Immutable.
 *
 * @param level       the entity's level
 * @param entityId    the entity, or {@code UNASSIGNED}
 * @param numerator   as results.csv's numerator (children with the outcome, events, children for CASELOAD)
 * @param denominator as results.csv's denominator (the population, days, workers for CASELOAD)
 */
public record EntityTally(Level level, String entityId, long numerator, long denominator) {
    /**
     * Checks the components.
     *
     * @param level       the entity's level
     * @param entityId    the entity
     * @param numerator   the numerator
     * @param denominator the denominator
     * @throws NullPointerException if {@code level} or {@code entityId} is null
     */
    public EntityTally {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(entityId, "entityId");
    }
}
