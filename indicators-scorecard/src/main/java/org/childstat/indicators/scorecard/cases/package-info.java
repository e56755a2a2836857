/**
 * Case selection for review (docs/indicators.md, Drawing cases for review):
 * {@link org.childstat.indicators.scorecard.cases.CaseSelection}.
 */
package org.childstat.indicators.scorecard.cases;
