package org.childstat.indicators.core.indicator;

/**
 * The families of populations the indicators are defined on (docs/indicators.md): indicators of
 * one family share the walk over a child's history that finds their members, and a rule of the
 * family reads the same anchor date.
 */
public enum PopulationFamily {
    /** Children whose first removal in the period starts an episode (CFSR4_P1, REUNIFICATION_12M_ENTRY). */
    ENTRY_COHORT,
    /** Episodes with a removal in the period (FOSTER_CARE_ENTRIES, CFSR4_PLACEMENT_STABILITY). */
    ENTRY_EPISODES,
    /** Children in care on the period's first day, by whole months in care then (CFSR4_P2, CFSR4_P3, C3.1). */
    IN_CARE_ON_FIRST_DAY,
    /** Children discharged in the period, by discharge reason (re-entry, reunification, exits). */
    EXIT_COHORT,
    /** Days in care in the period (CFSR4_MALTREATMENT_IN_CARE). */
    DAYS_IN_CARE,
    /** Children with an emancipation or an 18th birthday in care in the period (C3.3). */
    EVENT_IN_PERIOD,
    /** Children served in the period, by their length of stay (Round 2 C4.1 to C4.3). */
    SERVED_IN_PERIOD,
    /** Children in care on the period's last day, or the extract date (relatives, siblings). */
    POINT_IN_TIME,
    /** Children with a victim report in the period (CFSR4_RECURRENCE). */
    VICTIM_REPORTS,
    /** Referrals received in the period, one per report across its rows (the timeliness indicators). */
    REFERRALS,
    /** Calendar months of the period the child spent wholly in care (MONTHLY_CASEWORKER_VISITS). */
    CHILD_MONTHS,
    /** Children served in home on at least one day of the period, under 18 (IN_HOME_NO_MALTREATMENT). */
    IN_HOME_SERVED,
    /** Children whose first in-home row opening in the period opened then (IN_HOME_ENTRY_TO_CARE). */
    IN_HOME_OPENINGS,
    /** In-home cases open on the period's last day, or the extract date: one member per case (IN_HOME_OPEN_18M_PLUS). */
    IN_HOME_CASES,
    /** Calendar months of the period the child was served in home every day by one row (IN_HOME_MONTHLY_VISITS). */
    IN_HOME_MONTHS,
    /**
     * Workers with a workers.csv spell covering the period's last day, or the extract date, each in
     * that spell's unit, and the children in care or served in home that day that each carries
     * (CASELOAD): children in the numerator, workers in the denominator.
     */
    CASELOADS,
    /** Workers with a workers.csv spell covering the period's first day, each in that spell's unit (WORKER_TURNOVER). */
    WORKERS_ON_FIRST_DAY;

    /**
     * Whether a member is an episode, not a child: a child can count once per episode
     * (exclusions.csv counts episodes).
     *
     * @return true for {@link #ENTRY_EPISODES} and {@link #DAYS_IN_CARE}
     */
    public boolean countsEpisodes() {
        return this == ENTRY_EPISODES || this == DAYS_IN_CARE;
    }

    /**
     * Whether a member is a report (a report_id across its rows), evaluated in a pass of its own
     * after the children's.
     *
     * @return true for {@link #REFERRALS}
     */
    public boolean countsReports() {
        return this == REFERRALS;
    }

    /**
     * Whether a member is an in-home services case (a case_id across its rows), evaluated with the
     * child on the case's first row, once per case.
     *
     * @return true for {@link #IN_HOME_CASES}
     */
    public boolean countsCases() {
        return this == IN_HOME_CASES;
    }

    /**
     * Whether the denominator counts workers (workers.csv), evaluated in a pass over the workers
     * after the children's: each worker once per period, as itself.
     *
     * @return true for {@link #CASELOADS} and {@link #WORKERS_ON_FIRST_DAY}
     */
    public boolean countsWorkers() {
        return this == CASELOADS || this == WORKERS_ON_FIRST_DAY;
    }
}
