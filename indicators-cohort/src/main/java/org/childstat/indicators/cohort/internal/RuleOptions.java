package org.childstat.indicators.cohort.internal;

import org.childstat.indicators.core.indicator.AttributionRule;

/**
 * The options the rules read: the spec's configurable decisions and the attribution rule of each
 * indicator (indexed by ordinal).
 */
public record RuleOptions(boolean adjustTrialHomeVisitForRelatives, boolean excludeMissingReasonInP2P3,
                          AttributionRule[] attribution) {
}
