/**
 * Entry, exit and in-care cohorts, the CFSR Round 4 and county dashboard indicators, attribution
 * to every level, and a per-child explanation of every count. Entry point:
 * {@link org.childstat.indicators.cohort.Indicators}.
 */
module org.childstat.indicators.cohort {
    requires transitive org.childstat.indicators.core;
    requires org.slf4j;

    exports org.childstat.indicators.cohort;
}
