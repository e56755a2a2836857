package org.childstat.indicators.cohort;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.childstat.indicators.core.indicator.Indicator;
import org.childstat.indicators.core.indicator.ReportingPeriod;

/**
 * Why one worker counted, or did not, in an indicator that counts workers (docs/workforce.md,
 * Explaining a worker): WORKER_TURNOVER, whose population is the workers on staff on the
 * period's first day, and CASELOAD, whose denominator is the workers on staff on the day the
 * caseloads are counted (its numerator, the children, is explained child by child:
 * {@link Explanation}). The sum over all workers of {@code numerator} and {@code denominator}
 * equals the county's counts of WORKER_TURNOVER, and of CASELOAD's denominator. Immutable and
 * thread-safe.
 *
 * @param indicator   WORKER_TURNOVER or CASELOAD
 * @param period      the period
 * @param workerId    the worker (workers.csv)
 * @param status      how the worker counted: {@code IN_NUMERATOR} (WORKER_TURNOVER: left the unit),
 *                    {@code IN_DENOMINATOR_ONLY} (stayed; CASELOAD: on staff), or {@code NOT_IN_POPULATION}
 * @param unitId      the unit the worker is counted in (its spell covering the day read), or null
 *                    when not in the population
 * @param dates       the dates the rule read, by name: {@code first_day} and {@code checked_on}
 *                    (WORKER_TURNOVER: on staff on the first, still in that unit on the second), or
 *                    {@code counted_on} (CASELOAD); and {@code spell_start}, {@code spell_end} (absent
 *                    while the spell runs) of the workers.csv spell that put the worker in the unit
 * @param numerator   the worker's contribution to the numerator (WORKER_TURNOVER: 1 when it left; CASELOAD: 0)
 * @param denominator the worker's contribution to the denominator (1 in the population, else 0)
 * @param reason      for {@code NOT_IN_POPULATION}: the condition the worker does not meet, in
 *                    words with its date; null otherwise
 */
public record WorkerExplanation(Indicator indicator, ReportingPeriod period, String workerId,
                                Explanation.Status status, String unitId, Map<String, LocalDate> dates,
                                long numerator, long denominator, String reason) {
    /**
     * Checks the components and copies {@code dates}; the record's description says what each holds.
     *
     * @param indicator   the indicator
     * @param period      the period
     * @param workerId    the worker
     * @param status      how the worker counted
     * @param unitId      the unit counted in, or null
     * @param dates       the dates the rule read, by name
     * @param numerator   the worker's contribution to the numerator
     * @param denominator the worker's contribution to the denominator
     * @param reason      why the worker is not in the population, or null
     * @throws NullPointerException if {@code indicator}, {@code period}, {@code workerId}, {@code status}
     *                              or {@code dates} is null
     */
    public WorkerExplanation {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(workerId, "workerId");
        Objects.requireNonNull(status, "status");
        dates = Collections.unmodifiableMap(new LinkedHashMap<>(dates));
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder().append(indicator).append(' ').append(period.label()).append(" worker ")
                .append(workerId).append(": ").append(status);
        if (reason != null) {
            out.append("\n  why: ").append(reason);
        }
        if (unitId != null) {
            out.append("\n  unit ").append(unitId);
        }
        dates.forEach((k, v) -> out.append("\n  ").append(k).append(' ').append(v));
        return out.append("\n  numerator ").append(numerator).append(", denominator ").append(denominator).toString();
    }
}
