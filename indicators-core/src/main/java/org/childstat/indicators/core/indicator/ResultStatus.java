package org.childstat.indicators.core.indicator;

/** The status of one result (docs/outputs.md, results.csv): the first that applies, in this order. */
public enum ResultStatus {
    /** Denominator 0, or the input file the indicator needs is absent. */
    NO_DATA,
    /** Below county level, too few children to show (denominator under 5; under 5 children with days for rates). */
    SUPPRESSED,
    /** The follow-up the outcome needs runs past the extract date. */
    INCOMPLETE,
    /** A complete result. */
    OK
}
