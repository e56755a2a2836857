package org.childstat.indicators.cohort.internal;

import static org.childstat.indicators.cohort.internal.Evaluator.FAR;
import static org.childstat.indicators.cohort.internal.Evaluator.NONE;
import static org.childstat.indicators.core.indicator.IndicatorId.CFSR4_MALTREATMENT_IN_CARE;

import org.childstat.indicators.core.indicator.ExclusionReason;
import org.childstat.indicators.core.internal.CaseStore;

/**
 * The DAYS_IN_CARE family (docs/indicators.md, The indicators): the days in care in the period of
 * every episode with one. Implements CFSR4_MALTREATMENT_IN_CARE: the days (excluded: stays under
 * 8 days), and as events the {@link VictimReport}s in the period 7 or more days after removal
 * while in care and under 18 (an incident date, if any, in the same span), a report 0 or 1 day
 * after the previous kept one not counted again.
 */
final class DaysInCareRules {
    private final Evaluator ev;
    private final CaseStore store;
    private final int[] periodStart;
    private final int[] periodEnd;
    private final Attribution attribution;

    DaysInCareRules(Evaluator ev) {
        this.ev = ev;
        this.store = ev.store;
        this.periodStart = ev.periodStart;
        this.periodEnd = ev.periodEnd;
        this.attribution = ev.attribution;
    }

    /** The next member of period p from episode {@code from} on: an episode with a day in care in the period, or -1. */
    int member(int p, int from) {
        for (int e = from; e < ev.lastEpisode; e++) {
            if (ev.daysInWindow(e, periodStart[p], periodEnd[p]) > 0) {
                return e;
            }
        }
        return -1;
    }

    /** CFSR4_MALTREATMENT_IN_CARE for period p. */
    void evaluate(int p) {
        int ind = CFSR4_MALTREATMENT_IN_CARE.ordinal();
        int start = periodStart[p], end = periodEnd[p];
        boolean each = attribution.eachDay(ind);
        int lastKept = NONE;
        int child = ev.child, eighteen = ev.eighteen;
        int r0 = store.childReports[child], r1 = store.childReports[child + 1];
        for (int e = member(p, ev.firstEpisode); e >= 0; e = member(p, e + 1)) {
            int r = store.episodeRemoval[e], d = store.episodeDischarge[e];
            int from = Math.max(r, start);
            int to = ev.countedUntil(e, end);
            ev.evidence(e, -1, from);
            if (d != NONE && d - r < 8) {
                ev.sink.excluded(ind, p, ExclusionReason.STAY_UNDER_8_DAYS);
                continue;
            }
            int slot = each ? -1 : attribution.attribute(CFSR4_MALTREATMENT_IN_CARE, to - 1, from, to - 1, -1);
            if (each) {
                ev.noAttribution();
                attribution.eachDay(ind, p, from, to);
            } else {
                ev.sink.rate(ind, p, slot, to - from, 0);
            }
            int limit = Math.min(d == NONE ? FAR : d, eighteen);
            int seven = r + 7;
            for (int k = r0; k < r1; k++) {
                int date = store.reportDate[k];
                if (date < start || date > end || date < seven || date >= limit || !VictimReport.is(store, k)) {
                    continue;
                }
                int incident = store.reportIncident[k];
                if (incident != NONE && (incident < seven || incident >= limit)) {
                    continue;
                }
                if (lastKept != NONE && date - lastKept <= 1) {
                    continue; // 0 or 1 day after the previous kept report
                }
                lastKept = date;
                ev.evReport = k;
                ev.sink.rate(ind, p, each ? attribution.eventSlot(date) : slot, 0, 1);
            }
        }
        ev.sink.rateDone(ind, p);
    }
}
