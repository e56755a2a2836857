/**
 * Charts as SVG, readable without hovering: axes with scale ticks, a legend, the selected entity
 * highlighted. One drawing code for {@code scorecard.html} and for the {@code --plot} option of
 * {@code childstat funnel} and {@code childstat chart}.
 *
 * <p>Entry points: {@link org.childstat.indicators.scorecard.plot.FunnelPlot} (a funnel
 * comparison: points by denominator, the target and the limits the comparison used) and
 * {@link org.childstat.indicators.scorecard.plot.ControlChartPlot} (a control chart: points in
 * time order, the centre and the 3-sigma limits, signals, and the points that were not counted).
 * Both draw plain statistics results and never reach back into case data.
 */
package org.childstat.indicators.scorecard.plot;
