package org.childstat.indicators.scorecard.present;

import java.util.Objects;
import org.childstat.indicators.cohort.Explanation;
import org.childstat.indicators.core.indicator.Indicator;
import org.childstat.indicators.core.indicator.IndicatorResult;
import org.childstat.indicators.core.indicator.ReportingPeriod;

/**
 * One child's count in one indicator, beside its office's and the county's values: on the as-of
 * date, and for an update also on its earlier date. Immutable.
 *
 * @param childId   the child
 * @param indicator the indicator
 * @param now       its count as known on the as-of date, or null when it counts in no period then
 * @param before    its count as known on the update's date, or null (no update, or no period then)
 */
public record Quantity(String childId, Indicator indicator, Count now, Count before) {
    /**
     * Checks the components.
     *
     * @param childId   the child
     * @param indicator the indicator
     * @param now       the count on the as-of date, or null
     * @param before    the count on the update's date, or null
     * @throws NullPointerException if {@code childId} or {@code indicator} is null
     */
    public Quantity {
        Objects.requireNonNull(childId, "childId");
        Objects.requireNonNull(indicator, "indicator");
    }

    /**
     * The child's count in the latest period in which it counts (a member of the population; or,
     * when it is a member of none, excluded), with the values of the office it is attributed to
     * and of the county in that period.
     *
     * @param period      the period
     * @param explanation why the child counted (or was excluded)
     * @param officeId    the office of the unit the child is attributed to, or null (not attributed, or unassigned)
     * @param office      that office's result in the period, or null
     * @param county      the county's result in the period
     */
    public record Count(ReportingPeriod period, Explanation explanation, String officeId, IndicatorResult office,
                        IndicatorResult county) {
        /**
         * Checks the components.
         *
         * @param period      the period
         * @param explanation the explanation
         * @param officeId    the office, or null
         * @param office      the office's result, or null
         * @param county      the county's result
         * @throws NullPointerException if {@code period}, {@code explanation} or {@code county} is null
         */
        public Count {
            Objects.requireNonNull(period, "period");
            Objects.requireNonNull(explanation, "explanation");
            Objects.requireNonNull(county, "county");
        }
    }
}
