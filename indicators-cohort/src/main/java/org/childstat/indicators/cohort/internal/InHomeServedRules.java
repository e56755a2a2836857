package org.childstat.indicators.cohort.internal;

import static org.childstat.indicators.cohort.internal.Evaluator.NONE;
import static org.childstat.indicators.core.indicator.IndicatorId.IN_HOME_NO_MALTREATMENT;

import org.childstat.indicators.core.internal.CaseStore;

/**
 * The IN_HOME_SERVED family (docs/in-home.md): children whose in-home window in the period is not
 * empty, the window being the days of {@code [s, min(e, as-of)]} on which the child is served in
 * home ({@link InHomeDays}), born and under 18. Implements IN_HOME_NO_MALTREATMENT: in the
 * numerator when no victim report of the child is dated on a day of the window at least 7 days
 * after the open date {@code o} of the row serving the child that day (the one that opened last,
 * so a newer case starts its own 7 days), with an incident date, when given, also on or after
 * {@code o + 7}. Attributed {@code ON_DATE} the window's last day. No exclusions.
 */
final class InHomeServedRules {
    private final Evaluator ev;
    private final CaseStore store;
    private final int asOf;
    private final int[] periodStart;
    private final int[] periodEnd;
    private final Attribution attribution;
    private final InHomeDays days;

    InHomeServedRules(Evaluator ev, InHomeDays days) {
        this.ev = ev;
        this.store = ev.store;
        this.asOf = ev.asOf;
        this.periodStart = ev.periodStart;
        this.periodEnd = ev.periodEnd;
        this.attribution = ev.attribution;
        this.days = days;
    }

    /** IN_HOME_NO_MALTREATMENT for period p. */
    void evaluate(int p) {
        int lo = Math.max(periodStart[p], ev.birth);
        int hi = Math.min(Math.min(periodEnd[p], asOf), ev.eighteen - 1);
        if (hi < lo) {
            return;
        }
        int last = days.lastServed(lo, hi);
        if (last == NONE) {
            return;
        }
        int hit = -1, hitRow = -1;
        for (int k = store.childReports[ev.child]; k < store.childReports[ev.child + 1] && hit < 0; k++) {
            int d = store.reportDate[k];
            if (d < lo || d > hi || !VictimReport.is(store, k) || days.inCare(d)) {
                continue;
            }
            int row = days.servingRow(d);
            if (row < 0) {
                continue;
            }
            int seventh = store.inHomeOpen[row] + 7;
            int incident = store.reportIncident[k];
            if (d >= seventh && (incident == NONE || incident >= seventh)) {
                hit = k;
                hitRow = row;
            }
        }
        ev.evidence(-1, hit, last);
        ev.evInHomeRow = hit >= 0 ? hitRow : days.servingRow(last);
        int ind = IN_HOME_NO_MALTREATMENT.ordinal();
        ev.sink.member(ind, p, attribution.attribute(ind, last, last, last, -1), hit < 0);
    }
}
