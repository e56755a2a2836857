/**
 * Case selection for review (spec/indicators.md §D): {@link org.childstat.indicators.scorecard.cases.CaseSelection}.
 */
package org.childstat.indicators.scorecard.cases;
