package org.childstat.indicators.cohort;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.childstat.indicators.core.indicator.ExclusionReason;
import org.childstat.indicators.core.indicator.Indicator;
import org.childstat.indicators.core.indicator.ReportingPeriod;

/**
 * Why one child counted, or did not, in one indicator and period (docs/indicators.md,
 * Explaining a count): the status, the
 * exclusion rule, the episode or report and the dates the rule read, the worker and unit the
 * outcome was attributed to, and the child's contribution to the counts, so that the sum over
 * all children of {@code numerator} and {@code denominator} (events and days for rates) equals
 * the county's. For the report-level timeliness indicators a report is explained under the child
 * of its first row, and for the case-level IN_HOME_OPEN_18M_PLUS a case under the child of its
 * first row. Immutable and thread-safe.
 *
 * @param indicator       the indicator
 * @param period          the period
 * @param childId         the child
 * @param status          how the child counted
 * @param exclusion       the exclusion rule, when {@code EXCLUDED}
 * @param episodeId       the episode the rule evaluated, or null
 * @param reportId        the report the rule evaluated, or null
 * @param caseId          the in-home services case the rule read (the row serving the child, or the case counted), or null
 * @param dates           the dates the rule read, by name (removal, discharge, adjusted_discharge, eighteenth_birthday, follow_up_end, outcome_window_end, event, report, in_home_open, in_home_close, case_open, case_close, attribution)
 * @param workerId        the worker attributed, {@code UNASSIGNED}, or null when not in the population
 * @param unitId          the worker's unit on the attribution date, {@code UNASSIGNED}, or null
 * @param numerator       the child's contribution to the numerator (children, child-months, events, the count)
 * @param denominator     the child's contribution to the denominator (children, child-months, days, values)
 * @param value           the child's value for medians (days), or null
 * @param reason          for {@code NOT_IN_POPULATION} from {@link Indicators#explain}: the population condition the
 *                        child does not meet, in words with its dates; null otherwise (and from
 *                        {@link Indicators#explainAll}, which lists members and excluded children only)
 */
public record Explanation(Indicator indicator, ReportingPeriod period, String childId, Status status,
                          ExclusionReason exclusion, String episodeId, String reportId, String caseId,
                          Map<String, LocalDate> dates,
                          String workerId, String unitId, long numerator, long denominator, Integer value,
                          String reason) {
    /**
     * Checks the components and copies {@code dates}; the record's description says what each holds.
     *
     * @param indicator   the indicator
     * @param period      the period
     * @param childId     the child
     * @param status      how the child counted
     * @param exclusion   the exclusion rule, or null
     * @param episodeId   the episode, or null
     * @param reportId    the report, or null
     * @param caseId      the in-home case, or null
     * @param dates       the dates the rule read, by name
     * @param workerId    the worker attributed, or null
     * @param unitId      the worker's unit, or null
     * @param numerator   the child's contribution to the numerator
     * @param denominator the child's contribution to the denominator
     * @param value       the child's value for medians, or null
     * @param reason      why the child is not in the population, or null
     * @throws NullPointerException if {@code indicator}, {@code period}, {@code childId} or {@code status} is null
     */
    public Explanation {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(childId, "childId");
        Objects.requireNonNull(status, "status");
        dates = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(dates));
    }

    /** How a child counted (docs/indicators.md, Explaining a count). */
    public enum Status {
        /** In the population and the numerator (for rates: with events; for counts: counted). */
        IN_NUMERATOR,
        /** In the population, not in the numerator. */
        IN_DENOMINATOR_ONLY,
        /** A member of the population set aside by an exclusion rule. */
        EXCLUDED,
        /** Not in the population. */
        NOT_IN_POPULATION
    }

    /**
     * This explanation with the reason a child is not in the population.
     *
     * @param why the population condition the child does not meet, in words
     * @return a copy with {@link #reason()} set to {@code why}
     */
    public Explanation withReason(String why) {
        return new Explanation(indicator, period, childId, status, exclusion, episodeId, reportId, caseId, dates, workerId,
                unitId,
                numerator, denominator, value, why);
    }

    /**
     * Whether the child's own outcome can still happen after the extract date: it is in the
     * denominator without the outcome, and its own window (12 months from its entry, exit or
     * report, and before 18 for the entry cohorts: {@code outcome_window_end}) ends after
     * {@code asOf}. Such a child is {@code PENDING} in case selection (docs/indicators.md, Drawing
     * cases for review),
     * never "missed". False for indicators without such a window.
     *
     * @param asOf the extract (as-of) date
     * @return whether the child's outcome window is still open on {@code asOf}
     */
    public boolean pending(LocalDate asOf) {
        LocalDate end = dates.get("outcome_window_end");
        return status == Status.IN_DENOMINATOR_ONLY && end != null && end.isAfter(asOf);
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder().append(indicator).append(' ').append(period.label()).append(" child ")
                .append(childId).append(": ").append(status);
        if (exclusion != null) {
            out.append(" (").append(exclusion).append(')');
        }
        if (reason != null) {
            out.append("\n  why: ").append(reason);
        }
        if (episodeId != null) {
            out.append("\n  episode ").append(episodeId);
        }
        if (reportId != null) {
            out.append("\n  report ").append(reportId);
        }
        if (caseId != null) {
            out.append("\n  case ").append(caseId);
        }
        dates.forEach((k, v) -> out.append("\n  ").append(k).append(' ').append(v));
        if (workerId != null) {
            out.append("\n  attributed to worker ").append(workerId).append(", unit ").append(unitId);
        }
        out.append("\n  numerator ").append(numerator).append(", denominator ").append(denominator);
        if (value != null) {
            out.append(", value ").append(value);
        }
        return out.toString();
    }
}
