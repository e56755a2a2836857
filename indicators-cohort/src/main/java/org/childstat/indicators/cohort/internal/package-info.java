/**
 * Not API. The single-pass engine ({@link org.childstat.indicators.cohort.internal.Engine}), the
 * rules for one child and for one in-home case
 * ({@link org.childstat.indicators.cohort.internal.Evaluator}, each family of rules in its own
 * {@code *Rules} class), the sink they report to
 * ({@link org.childstat.indicators.cohort.internal.Sink}), the mergeable
 * tallies ({@link org.childstat.indicators.cohort.internal.Partial}), and the organisation's
 * slots and levels ({@link org.childstat.indicators.cohort.internal.OrgIndex}).
 */
package org.childstat.indicators.cohort.internal;
