/**
 * The case presentation of a Stat meeting (docs/in-home.md, The case presentation): one in-home
 * services case, or one child's foster-care history, as a dated timeline with its decision points
 * and each child's counts beside its office's and the county's values; with an earlier date, the
 * case and practice update that marks what is new. {@link
 * org.childstat.indicators.scorecard.present.CasePresentation} builds it, and writes it as one
 * self-contained HTML page and as JSON.
 */
package org.childstat.indicators.scorecard.present;
