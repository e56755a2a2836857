package org.childstat.indicators.scorecard.variation;

/**
 * Named sets of rules for special-cause variation (docs/variation.md, Control charts and rule
 * sets). Each flags points and names the rule ({@code rule} ids in trends.csv):
 * <ul>
 *   <li>{@link #ANHOEJ} (Anhøj and Olesen 2014; qicharts2): {@code anhoej-run}, a run on one side
 *       of the centre longer than {@code round(log2(n)) + 3} (half to even, as R's round);
 *       {@code anhoej-crossings}, fewer crossings than {@code qbinom(0.05, n - 1, 0.5)}; n counts
 *       the points not on the centre line, which neither break nor extend a run. The run rule
 *       flags the points of the too-long runs; the crossings rule flags every point (it is a
 *       property of the series).</li>
 *   <li>{@link #MAKING_DATA_COUNT} (NHS England; its four rules): {@code mdc-3sigma}
 *       a point beyond a limit; {@code mdc-shift} 7 consecutive points on one side of the centre
 *       (a point on it breaks the run); {@code mdc-trend} 6 consecutive points each strictly above
 *       (or below) the one before (a tie breaks it); {@code mdc-2of3} 2 of 3 consecutive points
 *       beyond 2 sigma but not beyond 3 sigma, all 3 on one side.</li>
 *   <li>{@link #WESTERN_ELECTRIC} (1956): {@code we1} beyond 3 sigma; {@code we2} 2 of 3 beyond 2
 *       sigma on one side; {@code we3} 4 of 5 beyond 1 sigma on one side; {@code we4} 8 in a row
 *       on one side.</li>
 *   <li>{@link #NELSON} (Nelson 1984, JQT 16:237-239): {@code n1} beyond 3 sigma; {@code n2} 9 in
 *       a row on one side; {@code n3} 6 in a row increasing or decreasing; {@code n4} 14 in a row
 *       alternating up and down; {@code n5} 2 of 3 beyond 2 sigma on one side; {@code n6} 4 of 5
 *       beyond 1 sigma on one side; {@code n7} 15 in a row within 1 sigma; {@code n8} 8 in a row
 *       none within 1 sigma (either side).</li>
 * </ul>
 * A point exactly on the centre line is on neither side; a point exactly on a sigma line is not
 * beyond it. The window rules flag every point of the window that satisfies the pattern's
 * condition (for "2 of 3", the points beyond the line; for runs and trends, all points of the run).
 */
public enum RuleSet {
    /** Anhøj's run and crossings rules (the default of run charts). */
    ANHOEJ,
    /** Making Data Count's four rules (the default of the other charts). */
    MAKING_DATA_COUNT,
    /** The four Western Electric rules. */
    WESTERN_ELECTRIC,
    /** Nelson's eight rules. */
    NELSON
}
