package org.childstat.indicators.core.indicator;

import java.time.LocalDate;

/**
 * How long after a period an indicator's outcome can still happen (docs/input-files.md,
 * follow-up): a result is {@code INCOMPLETE} while the extract date is before
 * {@link #lastDay(ReportingPeriod)}. Two kinds, because the rules count them two ways: "within
 * 12 months" of an event on day {@code e} means before {@code e + 12 months}, so the last day is
 * {@code e.plusMonths(12) - 1}; "within 30 days" means on or before {@code e + 30}.
 * Immutable.
 *
 * @param months the months of a "within N months" outcome, or 0
 * @param days   the days of a "within N days" outcome, or 0 (not both)
 */
public record FollowUp(int months, int days) {
    private static final FollowUp NONE = new FollowUp(0, 0);

    /**
     * Checks the lengths.
     *
     * @param months the months, 0 or more
     * @param days   the days, 0 or more
     * @throws IllegalArgumentException if one is negative, or both are set
     */
    public FollowUp {
        if (months < 0 || days < 0 || (months > 0 && days > 0)) {
            throw new IllegalArgumentException("a follow-up is months or days, 0 or more: " + months + " months, "
                    + days + " days");
        }
    }

    /**
     * No follow-up: the outcome is known at the period's end.
     *
     * @return the follow-up of zero length
     */
    public static FollowUp none() {
        return NONE;
    }

    /**
     * An outcome within some months (the last day is {@code end.plusMonths(months) - 1}).
     *
     * @param months the months, 1 or more
     * @return the follow-up
     * @throws IllegalArgumentException if {@code months} is under 1
     */
    public static FollowUp months(int months) {
        if (months < 1) {
            throw new IllegalArgumentException("months must be 1 or more: " + months);
        }
        return new FollowUp(months, 0);
    }

    /**
     * An outcome within some days (the last day is {@code end + days}).
     *
     * @param days the days, 1 or more
     * @return the follow-up
     * @throws IllegalArgumentException if {@code days} is under 1
     */
    public static FollowUp days(int days) {
        if (days < 1) {
            throw new IllegalArgumentException("days must be 1 or more: " + days);
        }
        return new FollowUp(0, days);
    }

    /**
     * The last day of follow-up a period's results need.
     *
     * @param period the period, ending on {@code e}
     * @return {@code e.plusMonths(months) - 1}, {@code e + days}, or {@code e}
     */
    public LocalDate lastDay(ReportingPeriod period) {
        LocalDate e = period.end();
        return months > 0 ? e.plusMonths(months).minusDays(1) : e.plusDays(days);
    }

    @Override
    public String toString() {
        return months > 0 ? months + " months" : days > 0 ? days + " days" : "none";
    }
}
