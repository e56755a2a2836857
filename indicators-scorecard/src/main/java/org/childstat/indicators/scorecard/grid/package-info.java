/**
 * The scorecard and the outputs built from results, for the Stat meeting.
 *
 * <p>Entry points: {@link org.childstat.indicators.scorecard.grid.Scorecard} (the grid of one
 * period: entities by indicators, rows nested in grid order) and
 * {@link org.childstat.indicators.scorecard.grid.ScorecardPage} (scorecard.html, with the Office
 * Stat data book of any entity). By role:
 * <ul>
 *   <li>tables and their files: {@link org.childstat.indicators.scorecard.grid.VariationTable}
 *   (variation.csv), {@link org.childstat.indicators.scorecard.grid.TrendTable} (trends.csv),
 *   {@link org.childstat.indicators.scorecard.grid.IndicatorTable} (indicators.csv),
 *   {@link org.childstat.indicators.scorecard.grid.EntityTable} (entities.csv, and the
 *   organisation tree every other class here reads parents and children from);
 *   <li>the page: {@link org.childstat.indicators.scorecard.grid.ScorecardPage}, whose charts
 *   come from package {@code plot} and whose style and script are the resources
 *   {@code scorecard.css} and {@code scorecard.js} beside this package, and
 *   {@link org.childstat.indicators.scorecard.grid.InHomeLongOpen} (an office book's in-home
 *   cases open 18 months or longer).
 * </ul>
 */
package org.childstat.indicators.scorecard.grid;
