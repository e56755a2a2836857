package org.childstat.indicators.cohort.internal;

import org.childstat.indicators.core.indicator.AttributionRule;

/**
 * The options the rules read: the spec's configurable decisions, the attribution rule of each
 * indicator by the engine's index ({@link Engine#indicatorList}), and the custom indicators.
 *
 * @param adjustTrialHomeVisitForRelatives the THV option of CFSR4_P1
 * @param excludeMissingReasonInP2P3       the EXCLUDE_MISSING_REASON option of P2 and P3
 * @param attribution                      the rule of each indicator, by index
 * @param custom                           the custom indicators of the calculation
 */
public record RuleOptions(boolean adjustTrialHomeVisitForRelatives, boolean excludeMissingReasonInP2P3,
                          AttributionRule[] attribution, CustomRule.Set custom) {
}
