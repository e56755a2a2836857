/**
 * Not API. The single-pass engine ({@link org.childstat.indicators.cohort.internal.Engine}), the
 * rules for one child ({@link org.childstat.indicators.cohort.internal.Evaluator}), the mergeable
 * tallies ({@link org.childstat.indicators.cohort.internal.Partial}), and the organisation's
 * slots and levels ({@link org.childstat.indicators.cohort.internal.OrgIndex}).
 */
package org.childstat.indicators.cohort.internal;
