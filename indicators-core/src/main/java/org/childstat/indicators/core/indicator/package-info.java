/**
 * The indicator model: ids and definitions ({@link org.childstat.indicators.core.indicator.IndicatorId}),
 * periods ({@link org.childstat.indicators.core.indicator.ReportingPeriod}), and results
 * ({@link org.childstat.indicators.core.indicator.IndicatorResult} in a
 * {@link org.childstat.indicators.core.indicator.ResultTable}).
 */
package org.childstat.indicators.core.indicator;
