package org.childstat.indicators.core.indicator;

/** Which way is better for an indicator. */
public enum Direction {
    /** A higher value is better. */
    HIGHER_IS_BETTER,
    /** A lower value is better. */
    LOWER_IS_BETTER,
    /** Neither (a count of removals, say). */
    NEUTRAL
}
