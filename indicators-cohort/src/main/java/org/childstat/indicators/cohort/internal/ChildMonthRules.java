package org.childstat.indicators.cohort.internal;

import static org.childstat.indicators.cohort.internal.Evaluator.NONE;
import static org.childstat.indicators.core.indicator.IndicatorId.MONTHLY_CASEWORKER_VISITS;

import org.childstat.indicators.core.internal.CaseStore;
import org.childstat.indicators.core.internal.Dates;

/**
 * The CHILD_MONTHS family (docs/indicators.md, The indicators): the calendar months wholly in the
 * period, ended by the as-of date, that the child spent in care every day, under 18 on the first.
 * Implements MONTHLY_CASEWORKER_VISITS: an in-person contact in the month.
 */
final class ChildMonthRules {
    private static final byte IN_PERSON = 1;

    private final Evaluator ev;
    private final CaseStore store;
    private final int asOf;
    private final int[] periodStart;
    private final int[] periodEnd;
    private final Attribution attribution;

    ChildMonthRules(Evaluator ev) {
        this.ev = ev;
        this.store = ev.store;
        this.asOf = ev.asOf;
        this.periodStart = ev.periodStart;
        this.periodEnd = ev.periodEnd;
        this.attribution = ev.attribution;
    }

    /**
     * The member of period p for the month [first, last]: the child's first episode in care every
     * day of it, if the month counts (wholly in the period, ended by the as-of date, under 18 on its
     * first day); or -1.
     */
    int member(int p, int first, int last) {
        if (first < periodStart[p] || last > periodEnd[p] || last > asOf || first >= ev.eighteen) {
            return -1;
        }
        for (int e = ev.firstEpisode; e < ev.lastEpisode; e++) {
            int d = store.episodeDischarge[e];
            if (store.episodeRemoval[e] <= first && (d == NONE || d >= last)) {
                return e;
            }
        }
        return -1;
    }

    /** MONTHLY_CASEWORKER_VISITS for period p, one member per month. */
    void evaluate(int p) {
        int ind = MONTHLY_CASEWORKER_VISITS.ordinal();
        int child = ev.child;
        int c1 = store.childContacts[child + 1];
        int k = store.childContacts[child]; // contacts are in date order, and so are the months
        for (int first = Dates.monthStart(periodStart[p]); first <= periodEnd[p]; first = Dates.monthEnd(first) + 1) {
            int last = Dates.monthEnd(first);
            int ep = member(p, first, last);
            if (ep < 0) {
                continue;
            }
            while (k < c1 && store.contactDate[k] < first) {
                k++;
            }
            boolean visited = false;
            for (int j = k; j < c1 && !visited && store.contactDate[j] <= last; j++) {
                visited = store.contactType[j] == IN_PERSON;
            }
            ev.evidence(ep, -1, first);
            ev.sink.member(ind, p, attribution.attribute(MONTHLY_CASEWORKER_VISITS, last, first, last, -1), visited);
        }
    }
}
