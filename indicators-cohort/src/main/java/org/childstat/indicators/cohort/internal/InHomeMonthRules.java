package org.childstat.indicators.cohort.internal;

import static org.childstat.indicators.core.indicator.IndicatorId.IN_HOME_MONTHLY_VISITS;

import org.childstat.indicators.core.internal.CaseStore;
import org.childstat.indicators.core.internal.Dates;

/**
 * The IN_HOME_MONTHS family (docs/in-home.md): the calendar months wholly in the period, ended by
 * the as-of date, on every day of which the child was served in home by one row (its open date on
 * or before the month's first day, its close date empty or on or after the last; two back-to-back
 * rows do not make a month) and never in care (so a discharge day may begin a served month), born
 * on or before the first day and under 18 on it. Implements IN_HOME_MONTHLY_VISITS: an in-person
 * contact dated in the month. Attributed {@code ON_DATE} the month's last day.
 */
final class InHomeMonthRules {
    private static final byte IN_PERSON = 1;

    private final Evaluator ev;
    private final CaseStore store;
    private final int asOf;
    private final int[] periodStart;
    private final int[] periodEnd;
    private final Attribution attribution;
    private final InHomeDays days;

    InHomeMonthRules(Evaluator ev, InHomeDays days) {
        this.ev = ev;
        this.store = ev.store;
        this.asOf = ev.asOf;
        this.periodStart = ev.periodStart;
        this.periodEnd = ev.periodEnd;
        this.attribution = ev.attribution;
        this.days = days;
    }

    /** The row serving the child on every day of the month [first, last] of period p, if the month counts; or -1. */
    int member(int p, int first, int last) {
        if (first < periodStart[p] || last > periodEnd[p] || last > asOf || first < ev.birth || first >= ev.eighteen
                || days.anyInCare(first, last)) {
            return -1;
        }
        return days.rowCovering(first, last);
    }

    /** IN_HOME_MONTHLY_VISITS for period p, one member per month. */
    void evaluate(int p) {
        int ind = IN_HOME_MONTHLY_VISITS.ordinal();
        int child = ev.child;
        int c1 = store.childContacts[child + 1];
        int k = store.childContacts[child];
        for (int first = Dates.monthStart(periodStart[p]); first <= periodEnd[p]; first = Dates.monthEnd(first) + 1) {
            int last = Dates.monthEnd(first);
            int row = member(p, first, last);
            if (row < 0) {
                continue;
            }
            while (k < c1 && store.contactDate[k] < first) {
                k++;
            }
            boolean visited = false;
            for (int j = k; j < c1 && !visited && store.contactDate[j] <= last; j++) {
                visited = store.contactType[j] == IN_PERSON;
            }
            ev.evidence(-1, -1, first);
            ev.evInHomeRow = row;
            ev.sink.member(ind, p, attribution.attribute(ind, last, first, last, -1), visited);
        }
    }
}
