package org.childstat.indicators.cohort;

import java.util.Objects;
import org.childstat.indicators.core.indicator.ExclusionReason;
import org.childstat.indicators.core.indicator.Indicator;
import org.childstat.indicators.core.indicator.ReportingPeriod;

/**
 * A row of {@code exclusions.csv}: how many members of an indicator's population one rule set
 * aside, county level (children; episodes for the episode-based indicators). Immutable.
 *
 * @param indicator the indicator
 * @param period    the period
 * @param reason    the exclusion rule
 * @param count     how many it set aside (above zero)
 */
public record ExclusionCount(Indicator indicator, ReportingPeriod period, ExclusionReason reason, long count) {
    /**
     * Checks the components.
     *
     * @param indicator the indicator
     * @param period    the period
     * @param reason    the exclusion rule
     * @param count     how many it set aside
     * @throws NullPointerException if {@code indicator}, {@code period} or {@code reason} is null
     */
    public ExclusionCount {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(reason, "reason");
    }
}
