/**
 * The indicators (docs/indicators.md) computed in one pass over the children:
 * {@link org.childstat.indicators.cohort.Indicators} (entry point), with
 * {@link org.childstat.indicators.cohort.CalculationOptions} (what and how),
 * {@link org.childstat.indicators.cohort.Calculation} (results and exclusion counts) and
 * {@link org.childstat.indicators.cohort.Explanation} (why a child counted).
 */
package org.childstat.indicators.cohort;
