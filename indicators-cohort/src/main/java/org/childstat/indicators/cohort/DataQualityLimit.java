package org.childstat.indicators.cohort;

import java.util.Objects;
import java.util.Set;
import org.childstat.indicators.core.indicator.IndicatorId;
import org.childstat.indicators.core.indicator.ReportingPeriod;

/**
 * One of the CFSR Round 4 data-quality checks of a period (docs/indicators.md, CFSR data-quality
 * limits; R4 Data Dictionary
 * pp. 8-13) with its count, base and limit. When {@link #exceeded()}, every result of the
 * affected indicators in the period keeps its value and gets the note {@code DQ_LIMIT_EXCEEDED}.
 * Immutable and thread-safe.
 *
 * @param period      the period
 * @param check       which check
 * @param numerator   the records failing it
 * @param denominator the records it is a share of
 */
public record DataQualityLimit(ReportingPeriod period, Check check, long numerator, long denominator) {
    /** The note results get when a check of their indicator fails. */
    public static final String NOTE = "DQ_LIMIT_EXCEEDED";

    /**
     * The indicators the checks affect: the AFCARS-based CFSR Round 4 indicators (the checks are
     * on the foster-care file; recurrence is NCANDS-only and the dashboard indicators are not
     * federal measures). A decision the spec leaves open, stated in CHANGELOG.md.
     */
    public static final Set<IndicatorId> AFFECTED = Set.of(IndicatorId.CFSR4_P1, IndicatorId.CFSR4_P2,
            IndicatorId.CFSR4_P3, IndicatorId.CFSR4_REENTRY, IndicatorId.CFSR4_PLACEMENT_STABILITY,
            IndicatorId.CFSR4_MALTREATMENT_IN_CARE);

    /**
     * Checks the components.
     *
     * @param period      the period
     * @param check       which check
     * @param numerator   the records failing it
     * @param denominator the records it is a share of
     * @throws NullPointerException if {@code period} or {@code check} is null
     */
    public DataQualityLimit {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(check, "check");
    }

    /**
     * The share failing.
     *
     * @return 0 to 100 (0 when the base is empty)
     */
    public double percent() {
        return denominator == 0 ? 0 : 100.0 * numerator / denominator;
    }

    /**
     * Whether the share is past the check's limit (never with an empty base).
     *
     * @return true when the affected results get {@link #NOTE}
     */
    public boolean exceeded() {
        return denominator > 0 && (check.above ? percent() > check.limit : percent() < check.limit);
    }

    /**
     * The checks (docs/indicators.md, CFSR data-quality limits), with the records each counts
     * (data-quality codes for rows set aside).
     */
    public enum Check {
        /** Episodes set aside as BIRTH_AFTER_REMOVAL with removal in the period, of the episodes served and those. */
        BIRTH_AFTER_REMOVAL(5, true),
        /** Episodes set aside as END_BEFORE_START with discharge in the period, of the exits and those. */
        EXIT_BEFORE_REMOVAL(5, true),
        /** Exits in the period on their removal date, of all exits in the period. */
        SAME_DAY_EXIT(5, true),
        /** Exits in the period with no discharge reason, of all exits in the period. */
        MISSING_DISCHARGE_REASON(10, true),
        /** Children served in the period on their first episode, of all children served (over 95% flags it). */
        FIRST_REMOVAL_EPISODE(95, true);

        private final double limit;
        private final boolean above;

        Check(double limit, boolean above) {
            this.limit = limit;
            this.above = above;
        }

        /**
         * The limit.
         *
         * @return the limit in percent
         */
        public double limit() {
            return limit;
        }
    }

    @Override
    public String toString() {
        return String.format("%s %s: %d/%d = %.1f%% (limit %s%.0f%%)%s", period.label(), check, numerator, denominator,
                percent(), check.above ? ">" : "<", check.limit, exceeded() ? " EXCEEDED" : "");
    }
}
