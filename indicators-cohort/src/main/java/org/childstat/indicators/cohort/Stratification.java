package org.childstat.indicators.cohort;

/**
 * Child-level strata for indirect standardisation (docs/variation.md, Indirect standardisation):
 * the child's age band on the rule's anchor date (the date the rule read: removal for entry
 * cohorts, the first day for children in care, the discharge for exit cohorts, the report date, the
 * start of the days counted for rates) and, for rules that evaluate an episode, whether the child
 * had removals before it.
 */
public enum Stratification {
    /** Age bands 0, 1-5, 6-10, 11-15, 16-17 (whole years on the anchor date; 18+ apart). */
    AGE_BAND,
    /** Age bands crossed with prior removals (none, one or more). */
    AGE_BAND_AND_PRIOR_REMOVALS;

    /**
     * The age band of whole years of age.
     *
     * @param years whole years of age
     * @return {@code 0}, {@code 1-5}, {@code 6-10}, {@code 11-15}, {@code 16-17} or {@code 18+}
     */
    public static String band(int years) {
        return years < 1 ? "0" : years <= 5 ? "1-5" : years <= 10 ? "6-10" : years <= 15 ? "11-15"
                : years <= 17 ? "16-17" : "18+";
    }
}
