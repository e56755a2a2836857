package org.childstat.indicators.cohort.internal;

import org.childstat.indicators.core.indicator.ExclusionReason;

/**
 * Where the rules put what one child contributes. Indicators and periods are indexes
 * ({@code IndicatorId.ordinal()}, position in the period list); a slot is a (worker, unit) pair
 * of {@link OrgIndex}. Before each call the rules leave their evidence (episode, report, dates,
 * in-home row, case) where the {@link Evaluator}'s {@code evidence...()} accessors read it, so an
 * explaining sink can record it and a tallying one ignores it. The worker an explanation names is
 * the slot's ({@link OrgIndex#slotWorker}), the same one the tally counts under.
 */
public interface Sink {
    /** A member of a percent indicator's population, counted in the denominator, and in the numerator if {@code outcome}. */
    void member(int indicator, int period, int slot, boolean outcome);

    /** A member of the population set aside by an exclusion rule. */
    void excluded(int indicator, int period, ExclusionReason reason);

    /** One event of a count indicator. */
    void count(int indicator, int period, int slot);

    /** One value of a median indicator. */
    void median(int indicator, int period, int slot, int value);

    /** Days in care and events of a rate indicator, in one slot. */
    void rate(int indicator, int period, int slot, int days, int events);

    /** The end of one child's contributions to a rate indicator in a period (children contributing days are counted). */
    void rateDone(int indicator, int period);

    /**
     * One worker on staff in a ratio's denominator (CASELOAD), from the pass over workers; its
     * children come through {@link #count}. A sink that explains children ignores it.
     */
    default void staff(int indicator, int period, int slot) {
    }
}
