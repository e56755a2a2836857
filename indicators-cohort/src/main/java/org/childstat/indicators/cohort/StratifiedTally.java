package org.childstat.indicators.cohort;

import java.util.Objects;

/**
 * One entity's tally in one stratum: the input of indirect standardisation. Immutable.
 *
 * @param entityId    the entity of the level
 * @param stratum     the stratum label, e.g. {@code 6-10} or {@code 6-10/prior}
 * @param numerator   children with the outcome (percents) or events (rates)
 * @param denominator children (percents) or days (rates)
 */
public record StratifiedTally(String entityId, String stratum, long numerator, long denominator) {
    /**
     * Checks the components.
     *
     * @param entityId    the entity of the level
     * @param stratum     the stratum label
     * @param numerator   children with the outcome (percents) or events (rates)
     * @param denominator children (percents) or days (rates)
     * @throws NullPointerException if {@code entityId} or {@code stratum} is null
     */
    public StratifiedTally {
        Objects.requireNonNull(entityId, "entityId");
        Objects.requireNonNull(stratum, "stratum");
    }
}
