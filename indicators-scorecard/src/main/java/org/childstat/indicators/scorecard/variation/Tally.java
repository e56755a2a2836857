package org.childstat.indicators.scorecard.variation;

import java.util.Objects;

/**
 * One entity's tally: numerator and denominator (for rates: events and exposure, e.g. days in
 * care). The statistics of this package work on tallies only, never on case data. Immutable and
 * thread-safe.
 *
 * @param entityId    the entity
 * @param numerator   events or children with the outcome, >= 0
 * @param denominator children, or exposure for rates, >= 0 (0: the entity cannot be compared,
 *                    and the statistics say so rather than fail)
 */
public record Tally(String entityId, double numerator, double denominator) {
    /**
     * Checks the tally.
     *
     * @param entityId    the entity
     * @param numerator   events or children with the outcome
     * @param denominator children, or exposure
     * @throws IllegalArgumentException if a count is negative, NaN or infinite, or a zero denominator has
     *                                  events
     */
    public Tally {
        Objects.requireNonNull(entityId, "entityId");
        if (!(numerator >= 0) || Double.isInfinite(numerator)) {
            throw new IllegalArgumentException(entityId + ": numerator must be a number >= 0, got " + numerator);
        }
        if (!(denominator >= 0) || Double.isInfinite(denominator)) {
            throw new IllegalArgumentException(entityId + ": denominator must be a number >= 0, got " + denominator);
        }
        if (denominator == 0 && numerator > 0) {
            throw new IllegalArgumentException(entityId + ": " + numerator + " events over a denominator of 0");
        }
    }

    /**
     * The entity's rate or proportion.
     *
     * @return numerator / denominator; 0 for a zero denominator
     */
    public double rate() {
        return denominator == 0 ? 0 : numerator / denominator;
    }
}
