package org.childstat.indicators.cohort.internal;

import static org.childstat.indicators.cohort.internal.Evaluator.NONE;
import static org.childstat.indicators.cohort.internal.Evaluator.PERMANENCY;
import static org.childstat.indicators.cohort.internal.Evaluator.bit;
import static org.childstat.indicators.core.indicator.IndicatorId.CFSR4_P2;
import static org.childstat.indicators.core.indicator.IndicatorId.CFSR4_P3;
import static org.childstat.indicators.core.indicator.IndicatorId.EXIT_TO_PERMANENCY_24M_PLUS;

import org.childstat.indicators.core.indicator.ExclusionReason;
import org.childstat.indicators.core.indicator.IndicatorId;
import org.childstat.indicators.core.internal.CaseStore;
import org.childstat.indicators.core.internal.Dates;

/**
 * The IN_CARE_ON_FIRST_DAY family (docs/indicators.md, The indicators): children in care on the
 * period's first day, by whole months in care then. Implements CFSR4_P2 (12 to 23 months),
 * CFSR4_P3 (24 months or more) and EXIT_TO_PERMANENCY_24M_PLUS (Round 2 C3.1, identical to P3):
 * permanency in the period before 18; excluded: 18+ on the first day, and with the option a
 * discharge in the period without a reason.
 */
final class InCareOnFirstDayRules {
    private final Evaluator ev;
    private final CaseStore store;
    private final int[] periodStart;
    private final int[] periodEnd;
    private final Attribution attribution;
    private final boolean excludeMissingReason;

    InCareOnFirstDayRules(Evaluator ev) {
        this.ev = ev;
        this.store = ev.store;
        this.periodStart = ev.periodStart;
        this.periodEnd = ev.periodEnd;
        this.attribution = ev.attribution;
        this.excludeMissingReason = ev.options.excludeMissingReasonInP2P3();
    }

    /** The member of period p: the child's first episode open on the period's first day (removed before it), or -1. */
    int member(int p) {
        int start = periodStart[p];
        for (int e = ev.firstEpisode; e < ev.lastEpisode; e++) {
            int r = store.episodeRemoval[e], d = store.episodeDischarge[e];
            if (r < start && (d == NONE || d >= start)) {
                return e;
            }
        }
        return -1;
    }

    /** CFSR4_P2, CFSR4_P3 and EXIT_TO_PERMANENCY_24M_PLUS for period p. */
    void evaluate(int p) {
        int e = member(p);
        if (e < 0) {
            return;
        }
        int start = periodStart[p], end = periodEnd[p], eighteen = ev.eighteen;
        int r = store.episodeRemoval[e], d = store.episodeDischarge[e];
        int months = Dates.monthsBetween(r, start);
        int reason = store.episodeReason[e];
        ev.evidence(e, -1, start);
        boolean closedInPeriod = d != NONE && d <= end;
        ExclusionReason excluded = start >= eighteen ? ExclusionReason.AGE_18_PLUS
                : excludeMissingReason && closedInPeriod && reason == 0
                ? ExclusionReason.MISSING_DISCHARGE_REASON : null;
        boolean outcome = closedInPeriod && bit(PERMANENCY, reason) && d < eighteen;
        int windowEnd = d == NONE ? end : Math.min(d - 1, end);
        if (months >= 12 && months <= 23) {
            inCare(CFSR4_P2, p, excluded, outcome, start, windowEnd);
        } else if (months >= 24) {
            inCare(CFSR4_P3, p, excluded, outcome, start, windowEnd);
            // C3.1 is identical to P3 (docs/indicators.md, The indicators), including the option
            inCare(EXIT_TO_PERMANENCY_24M_PLUS, p, excluded, outcome, start, windowEnd);
        }
    }

    private void inCare(IndicatorId id, int p, ExclusionReason excluded, boolean outcome, int start, int windowEnd) {
        if (!ev.on(id)) {
            return;
        }
        if (excluded != null) {
            ev.sink.excluded(id.ordinal(), p, excluded);
        } else {
            ev.sink.member(id.ordinal(), p, attribution.attribute(id, start, start, windowEnd, -1), outcome);
        }
    }
}
