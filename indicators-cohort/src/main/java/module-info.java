/**
 * Entry, exit and in-care cohorts, the CFSR Round 4 and county dashboard indicators, attribution
 * to every level, and a per-child explanation of every count. Entry point:
 * {@link org.childstat.indicators.cohort.Indicators}.
 *
 * <p>Its API takes and returns the core module's types ({@code CaseData}, {@code IndicatorId},
 * {@code ReportingPeriod}, {@code ResultTable}), so a module that reads this one reads
 * {@code org.childstat.indicators.core} too.
 */
module org.childstat.indicators.cohort {
    requires transitive org.childstat.indicators.core;

    exports org.childstat.indicators.cohort;
}
