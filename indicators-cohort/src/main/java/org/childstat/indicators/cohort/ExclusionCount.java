package org.childstat.indicators.cohort;

import java.util.Objects;
import org.childstat.indicators.core.indicator.ExclusionReason;
import org.childstat.indicators.core.indicator.IndicatorId;
import org.childstat.indicators.core.indicator.ReportingPeriod;

/**
 * A row of {@code exclusions.csv}: how many members of an indicator's population one rule set
 * aside, county level (children; episodes for the episode-based indicators). Immutable.
 */
public record ExclusionCount(IndicatorId indicator, ReportingPeriod period, ExclusionReason reason, long count) {
    public ExclusionCount {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(reason, "reason");
    }
}
