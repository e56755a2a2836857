package org.childstat.indicators.cohort.internal;

import static org.childstat.indicators.cohort.internal.Evaluator.NONE;
import static org.childstat.indicators.core.indicator.IndicatorId.CFSR4_RECURRENCE;

import org.childstat.indicators.core.indicator.ExclusionReason;
import org.childstat.indicators.core.internal.CaseStore;
import org.childstat.indicators.core.internal.Dates;

/**
 * The VICTIM_REPORTS family (docs/indicators.md, The indicators): children with a
 * {@link VictimReport} in the period, by the first. Implements CFSR4_RECURRENCE: another victim
 * report more than 14 days and less than 12 months after it, not of the same incident; excluded:
 * unborn, 18+ and a fatal first report.
 */
final class VictimReportRules {
    private final Evaluator ev;
    private final CaseStore store;
    private final int[] periodStart;
    private final int[] periodEnd;
    private final Attribution attribution;

    VictimReportRules(Evaluator ev) {
        this.ev = ev;
        this.store = ev.store;
        this.periodStart = ev.periodStart;
        this.periodEnd = ev.periodEnd;
        this.attribution = ev.attribution;
    }

    /** The member of period p: the child's first victim report (row) in the period, or -1. */
    int member(int p) {
        int child = ev.child;
        for (int k = store.childReports[child]; k < store.childReports[child + 1]; k++) {
            int date = store.reportDate[k];
            if (date >= periodStart[p] && date <= periodEnd[p] && VictimReport.is(store, k)) {
                return k;
            }
        }
        return -1;
    }

    /** CFSR4_RECURRENCE for period p. */
    void evaluate(int p) {
        int initial = member(p);
        if (initial < 0) {
            return;
        }
        int ind = CFSR4_RECURRENCE.ordinal();
        int date = store.reportDate[initial];
        ev.evidence(-1, initial, date);
        if (date < ev.birth) {
            ev.sink.excluded(ind, p, ExclusionReason.UNBORN);
        } else if (date >= ev.eighteen) {
            ev.sink.excluded(ind, p, ExclusionReason.AGE_18_PLUS);
        } else if (store.reportDeath[initial]) {
            ev.sink.excluded(ind, p, ExclusionReason.FIRST_REPORT_FATAL);
        } else {
            int limit = Dates.plusMonths(date, 12);
            ev.evWindowEnd = limit - 1;
            int incident = store.reportIncident[initial];
            int child = ev.child;
            boolean outcome = false;
            for (int k = store.childReports[child]; k < store.childReports[child + 1] && !outcome; k++) {
                int d2 = store.reportDate[k];
                outcome = k != initial && VictimReport.is(store, k) && d2 > date + 14 && d2 < limit
                        && !(incident != NONE && store.reportIncident[k] == incident);
            }
            ev.sink.member(ind, p, attribution.attribute(CFSR4_RECURRENCE, date, date, date, initial), outcome);
        }
    }
}
