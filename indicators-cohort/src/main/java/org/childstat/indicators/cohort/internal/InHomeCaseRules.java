package org.childstat.indicators.cohort.internal;

import static org.childstat.indicators.cohort.internal.Evaluator.NONE;
import static org.childstat.indicators.core.indicator.IndicatorId.IN_HOME_OPEN_18M_PLUS;

import org.childstat.indicators.core.internal.CaseStore;
import org.childstat.indicators.core.internal.Dates;

/**
 * The IN_HOME_CASES family (docs/in-home.md): in-home services cases (a case_id across its kept
 * rows) open on {@code p = min(e, as-of)} (no population when p is before the period): the case's
 * open date, its rows' earliest, on or before p, and its close date empty (a row still open) or on
 * or after p; gaps between its rows are ignored, and there is no age or in-care test, since it is
 * the case that is open. One member per case, evaluated with the child on its first row (lowest
 * line), to whose worker on p it is attributed ({@code ON_DATE(p)}). Implements
 * IN_HOME_OPEN_18M_PLUS: in the numerator when {@code p >= open.plusMonths(18)}.
 */
final class InHomeCaseRules {
    private final Evaluator ev;
    private final CaseStore store;
    private final int asOf;
    private final int[] periodStart;
    private final int[] periodEnd;
    private final Attribution attribution;

    InHomeCaseRules(Evaluator ev) {
        this.ev = ev;
        this.store = ev.store;
        this.asOf = ev.asOf;
        this.periodStart = ev.periodStart;
        this.periodEnd = ev.periodEnd;
        this.attribution = ev.attribution;
    }

    /** Every case whose first row is the current child's, for period p. */
    void evaluate(int p) {
        for (int i = store.childInHome[ev.child]; i < store.childInHome[ev.child + 1]; i++) {
            int k = store.inHomeCase[i];
            if (store.caseFirstRow[k] == i) {
                evaluateCase(k, p);
            }
        }
    }

    /** IN_HOME_OPEN_18M_PLUS for case k in period p; the current child is the one on its first row. */
    void evaluateCase(int k, int p) {
        int day = Math.min(periodEnd[p], asOf);
        int open = store.caseOpen[k], close = store.caseClose[k];
        if (day < periodStart[p] || open > day || (close != NONE && close < day)) {
            return;
        }
        ev.evidence(-1, -1, day);
        ev.evInHomeRow = store.caseFirstRow[k];
        ev.evCase = k;
        int ind = IN_HOME_OPEN_18M_PLUS.ordinal();
        ev.sink.member(ind, p, attribution.attribute(ind, day, day, day, -1), day >= Dates.plusMonths(open, 18));
    }
}
