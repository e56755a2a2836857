package org.childstat.indicators.core.indicator;

/** The optional input file an indicator needs; without it the indicator is NO_DATA (docs/outputs.md). */
public enum Needs {
    /** Only the required files. */
    NOTHING,
    /** reports.csv. */
    REPORTS,
    /** contacts.csv. */
    CONTACTS
}
