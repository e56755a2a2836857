package org.childstat.indicators.scorecard.variation;

/** What a tally measures, which decides the limits and the variance-stabilising scale. */
public enum Measure {
    /** A proportion: {@code numerator <= denominator}; exact binomial limits; arcsine square root scale. */
    PERCENT,
    /** Events per exposure: exact Poisson limits; square root scale. */
    RATE,
    /**
     * Observed over expected (indirect standardisation): exact Poisson limits on the expected
     * count; log scale, {@code Y = log((O + 1/2) / (E + 1/2))}, {@code s² = 1/(E + 1/2)} (the
     * half keeps a zero count finite, as CQC's ratio-of-counts method does).
     */
    RATIO
}
