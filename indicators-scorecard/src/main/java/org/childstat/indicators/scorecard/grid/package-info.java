/**
 * The scorecard's tables built from results: {@link org.childstat.indicators.scorecard.grid.VariationTable}
 * (variation.csv). The grid and case selection come next.
 */
package org.childstat.indicators.scorecard.grid;
