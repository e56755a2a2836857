package org.childstat.indicators.core.indicator;

/** What an indicator's value measures (docs/outputs.md, results.csv: numerator and denominator). */
public enum Unit {
    /** Children (or child-months) with the outcome among the population, 0 to 100. */
    PERCENT,
    /** Events per {@link IndicatorId#scale()} days in care. */
    RATE,
    /** The median of a number of days. */
    MEDIAN_DAYS,
    /** A count of events. */
    COUNT,
    /**
     * One count over another, neither a share of the other: CASELOAD's children (numerator) per
     * worker (denominator). No interval.
     */
    RATIO
}
