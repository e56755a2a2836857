package org.childstat.indicators.cohort.internal;

import java.util.List;
import org.childstat.indicators.cohort.CustomIndicator;
import org.childstat.indicators.core.indicator.AttributionRule;

/**
 * The options the rules read: the spec's configurable decisions, the attribution rule of each
 * indicator and the selected custom indicators, both by the engine's index
 * ({@link Engine#indicatorList}).
 *
 * @param adjustTrialHomeVisitForRelatives the THV option of CFSR4_P1
 * @param excludeMissingReasonInP2P3       the EXCLUDE_MISSING_REASON option of P2 and P3
 * @param attribution                      the rule of each indicator, by index
 * @param custom                           the selected custom indicators: the one at k has index
 *                                         {@code IndicatorId.values().length + k}
 */
public record RuleOptions(boolean adjustTrialHomeVisitForRelatives, boolean excludeMissingReasonInP2P3,
                          AttributionRule[] attribution, List<CustomIndicator> custom) {
}
