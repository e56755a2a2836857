/**
 * Intervals for a single result: Wilson for percents, exact Poisson for rates, order statistics
 * for medians ({@link org.childstat.indicators.core.stats.Intervals}).
 */
package org.childstat.indicators.core.stats;
