/**
 * Outcomes beside the experience of line workers (docs/workforce.md): an indicator's worker-level
 * tallies pooled by the worker's caseload or tenure band, with the chi-square test for trend
 * across the bands ({@link org.childstat.indicators.scorecard.workforce.Relation}).
 */
package org.childstat.indicators.scorecard.workforce;
