package org.childstat.indicators.core.io;

/** Severity of a data-quality finding (docs/data-quality.md, Codes). */
public enum Severity {
    /** The row is set aside. */
    ERROR,
    /** The row is kept (except {@link FindingCode#AFTER_AS_OF} on the row's own date and
     * {@link FindingCode#PLACEMENT_OUTSIDE_EPISODE} with nothing left, which set it aside). */
    WARNING
}
