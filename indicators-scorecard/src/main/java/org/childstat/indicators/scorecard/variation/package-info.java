/**
 * Statistics on plain tallies (entity, numerator, denominator), never on case data
 * (docs/variation.md): exact funnel limits
 * ({@link org.childstat.indicators.scorecard.variation.ExactLimits}), overdispersion
 * ({@link org.childstat.indicators.scorecard.variation.Overdispersion}), false-discovery control
 * ({@link org.childstat.indicators.scorecard.variation.BenjaminiHochberg}), empirical-Bayes
 * shrinkage ({@link org.childstat.indicators.scorecard.variation.Shrinkage}), and the comparison of
 * a level that puts them together
 * ({@link org.childstat.indicators.scorecard.variation.FunnelComparison}, the entry point), and
 * the chi-square test for trend across ordered bands
 * ({@link org.childstat.indicators.scorecard.variation.ProportionTrend}, R's
 * {@code prop.trend.test}). Reference values: {@code src/test/r/variation-references.R} and
 * {@code src/test/r/prop-trend-test.R}.
 */
package org.childstat.indicators.scorecard.variation;
