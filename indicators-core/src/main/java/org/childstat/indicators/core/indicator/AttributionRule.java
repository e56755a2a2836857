package org.childstat.indicators.core.indicator;

/**
 * How an outcome is attributed to one worker, and so to a unit, office and bureau
 * (docs/input-files.md, Attribution rules). Which dates the rule reads is each indicator's.
 */
public enum AttributionRule {
    /** The worker whose assignment covers a date; several: the latest start, then the smallest worker id. */
    ON_DATE,
    /** The worker with the most assigned days in a window; ties: the latest start, then the smallest id. */
    LONGEST_IN_WINDOW,
    /** For rates: each day in care, and each event, to the worker assigned on that day. */
    EACH_DAY,
    /** The report row's own worker; if empty, {@link #ON_DATE} the report date. */
    REPORT_WORKER,
    /**
     * A worker counted as itself, in the unit of its own workers.csv spell on the rule's date
     * (WORKER_TURNOVER, and CASELOAD's workers); the only rule of the indicators that count
     * workers, and one no other indicator can take.
     */
    WORKER_SPELL
}
