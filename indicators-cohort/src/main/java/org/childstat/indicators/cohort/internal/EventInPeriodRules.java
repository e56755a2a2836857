package org.childstat.indicators.cohort.internal;

import static org.childstat.indicators.cohort.internal.Evaluator.FAR;
import static org.childstat.indicators.cohort.internal.Evaluator.NONE;
import static org.childstat.indicators.core.indicator.IndicatorId.IN_CARE_3_YEARS_EMANCIPATED;

import org.childstat.indicators.core.internal.CaseStore;
import org.childstat.indicators.core.internal.Dates;

/**
 * The EVENT_IN_PERIOD family (docs/indicators.md, The indicators): children with an event in the
 * period, the first of an emancipation (discharge reason 4) before 18 and an 18th birthday in
 * care (on or before the as-of date; a discharge with reason 4 on the birthday is the birthday).
 * Implements IN_CARE_3_YEARS_EMANCIPATED (Round 2 C3.3): in care 3 years or more by the event.
 */
final class EventInPeriodRules {
    private static final byte EMANCIPATION = 4;

    private final Evaluator ev;
    private final CaseStore store;
    private final int asOf;
    private final int[] periodStart;
    private final int[] periodEnd;
    private final Attribution attribution;
    /** The date of the event of the last {@link #member} found (the birthday or the discharge), or FAR. */
    int memberDate;

    EventInPeriodRules(Evaluator ev) {
        this.ev = ev;
        this.store = ev.store;
        this.asOf = ev.asOf;
        this.periodStart = ev.periodStart;
        this.periodEnd = ev.periodEnd;
        this.attribution = ev.attribution;
    }

    /** The member of period p: the episode of the child's first event in the period, or -1; its date in {@link #memberDate}. */
    int member(int p) {
        int start = periodStart[p], end = periodEnd[p], eighteen = ev.eighteen;
        int best = -1, bestDate = FAR;
        for (int e = ev.firstEpisode; e < ev.lastEpisode; e++) {
            int r = store.episodeRemoval[e], d = store.episodeDischarge[e];
            if (d != NONE && store.episodeReason[e] == EMANCIPATION && d < eighteen && d >= start && d <= end
                    && d < bestDate) {
                best = e;
                bestDate = d;
            }
            if (eighteen >= start && eighteen <= end && eighteen <= asOf && r <= eighteen
                    && (d == NONE || d >= eighteen) && eighteen < bestDate) {
                best = e;
                bestDate = eighteen;
            }
        }
        memberDate = bestDate;
        return best;
    }

    /** IN_CARE_3_YEARS_EMANCIPATED for period p. */
    void evaluate(int p) {
        int best = member(p);
        if (best < 0) {
            return;
        }
        int bestDate = memberDate;
        int r = store.episodeRemoval[best];
        ev.evidence(best, -1, bestDate);
        boolean outcome = bestDate >= Dates.plusMonths(r, 36);
        ev.sink.member(IN_CARE_3_YEARS_EMANCIPATED.ordinal(), p,
                attribution.attribute(IN_CARE_3_YEARS_EMANCIPATED, bestDate - 1, r, bestDate - 1, -1), outcome);
    }
}
