package org.childstat.indicators.core.indicator;

import java.util.List;
import java.util.Objects;
import org.childstat.indicators.core.model.Level;

/**
 * One result: a row of {@code results.csv} (docs/outputs.md) at full precision. Blank cells are
 * nulls: the value and interval of a {@code NO_DATA} result, the numerator, value and interval
 * of a {@code SUPPRESSED} one, the denominator of a count, the numerator of a median.
 * Immutable and thread-safe.
 *
 * @param indicator   the indicator
 * @param period      the period
 * @param level       the level of the entity
 * @param entityId    the entity ({@code COUNTY}, a bureau, office, unit or worker id, or {@code UNASSIGNED})
 * @param entityName  its name, or null
 * @param numerator   children with the outcome (percents; child-months for visits), events (rates), the count (counts)
 * @param denominator the population (percents), days in care (rates), the number of values (medians)
 * @param value       percent 0 to 100, rate per {@link Indicator#scale()} days, median days, or the count
 * @param lower95     lower end of the 95% interval
 * @param upper95     upper end of the 95% interval
 * @param status      OK, INCOMPLETE, SUPPRESSED or NO_DATA
 * @param notes       codes such as {@code DQ_LIMIT_EXCEEDED}
 */
public record IndicatorResult(Indicator indicator, ReportingPeriod period, Level level, String entityId,
                              String entityName, Long numerator, Long denominator, Double value, Double lower95,
                              Double upper95, ResultStatus status, List<String> notes) {
    /**
     * Checks the components and copies {@code notes}.
     *
     * @param indicator   the indicator
     * @param period      the period
     * @param level       the level of the entity
     * @param entityId    the entity
     * @param entityName  its name, or null
     * @param numerator   the numerator, or null where results.csv leaves it blank
     * @param denominator the denominator, or null where results.csv leaves it blank
     * @param value       the value, or null
     * @param lower95     lower end of the 95% interval, or null
     * @param upper95     upper end of the 95% interval, or null
     * @param status      the status
     * @param notes       the notes, possibly empty
     * @throws NullPointerException if {@code indicator}, {@code period}, {@code level}, {@code entityId} or
     *                              {@code status} is null
     */
    public IndicatorResult {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(entityId, "entityId");
        Objects.requireNonNull(status, "status");
        notes = List.copyOf(notes);
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder().append(indicator).append(' ').append(period.label()).append(' ')
                .append(level).append(' ').append(entityId).append(": ");
        if (value == null) {
            out.append('-');
        } else {
            out.append(String.format("%.2f", value));
            if (indicator.unit() == Unit.PERCENT) {
                out.append('%');
            }
            if (lower95 != null) {
                out.append(String.format(" (%.2f to %.2f)", lower95, upper95));
            }
        }
        if (numerator != null || denominator != null) {
            out.append(' ').append(numerator == null ? "-" : numerator).append('/')
                    .append(denominator == null ? "-" : denominator);
        }
        out.append(' ').append(status);
        if (!notes.isEmpty()) {
            out.append(' ').append(String.join(";", notes));
        }
        return out.toString();
    }
}
