package org.childstat.indicators.scorecard.variation;

/** What a tally measures, which decides the limits and the variance-stabilising scale. */
public enum Measure {
    /** A proportion: numerator <= denominator; exact binomial limits; arcsine square root scale. */
    PERCENT,
    /** Events per exposure: exact Poisson limits; square root scale. */
    RATE
}
