package org.childstat.indicators.cohort.internal;

import static org.childstat.indicators.cohort.internal.Evaluator.FAR;
import static org.childstat.indicators.cohort.internal.Evaluator.NONE;
import static org.childstat.indicators.cohort.internal.Evaluator.min;
import static org.childstat.indicators.core.indicator.IndicatorId.PLACEMENT_STABILITY_12_TO_24M;
import static org.childstat.indicators.core.indicator.IndicatorId.PLACEMENT_STABILITY_24M_PLUS;
import static org.childstat.indicators.core.indicator.IndicatorId.PLACEMENT_STABILITY_UNDER_12M;

import org.childstat.indicators.core.indicator.ExclusionReason;
import org.childstat.indicators.core.indicator.IndicatorId;
import org.childstat.indicators.core.internal.CaseStore;
import org.childstat.indicators.core.internal.Dates;

/**
 * The SERVED_IN_PERIOD family (docs/indicators.md, The indicators): children served in the
 * period, by the latest episode with a day in care in it, and its whole months in care at t (its
 * discharge, the day after the period or the day after the as-of date, the earliest). Implements
 * the Round 2 C4 indicators PLACEMENT_STABILITY_UNDER_12M (8 days to under 12 months),
 * PLACEMENT_STABILITY_12_TO_24M (12 to 23 months) and PLACEMENT_STABILITY_24M_PLUS (24 months or
 * more): two or fewer placement settings before t (the first counted spell and the
 * {@link PlacementMoves}); excluded: no counted spell before t.
 */
final class ServedInPeriodRules {
    private final Evaluator ev;
    private final CaseStore store;
    private final int asOf;
    private final int[] periodStart;
    private final int[] periodEnd;
    private final Attribution attribution;
    private final PlacementMoves moves;

    ServedInPeriodRules(Evaluator ev) {
        this.ev = ev;
        this.store = ev.store;
        this.asOf = ev.asOf;
        this.periodStart = ev.periodStart;
        this.periodEnd = ev.periodEnd;
        this.attribution = ev.attribution;
        this.moves = ev.moves;
    }

    /** The member of period p: the child's latest episode with a day in care in the period, or -1. */
    int member(int p) {
        for (int e = ev.lastEpisode - 1; e >= ev.firstEpisode; e--) {
            if (ev.daysInWindow(e, periodStart[p], periodEnd[p]) > 0) {
                return e;
            }
        }
        return -1;
    }

    /**
     * The end t of member e's stay for period p, on which its length of stay is read: its
     * discharge, the day after the period or the day after the as-of date, the earliest.
     */
    int stayEnd(int e, int p) {
        int d = store.episodeDischarge[e];
        return min(d == NONE ? FAR : d, periodEnd[p] + 1, asOf + 1, FAR);
    }

    /** The PLACEMENT_STABILITY_* indicator of the member's length of stay, for period p. */
    void evaluate(int p) {
        int ep = member(p);
        if (ep < 0) {
            return;
        }
        int r = store.episodeRemoval[ep];
        int t = stayEnd(ep, p);
        int months = Dates.monthsBetween(r, t);
        IndicatorId id = months < 12 ? (t - r >= 8 ? PLACEMENT_STABILITY_UNDER_12M : null)
                : months <= 23 ? PLACEMENT_STABILITY_12_TO_24M : PLACEMENT_STABILITY_24M_PLUS;
        if (id == null || !ev.on(id)) {
            return;
        }
        ev.evidence(ep, -1, t);
        if (!moves.countedSpellBefore(ep, t)) {
            ev.sink.excluded(id.ordinal(), p, ExclusionReason.NO_PLACEMENT_DATA);
            return;
        }
        moves.find(ep);
        int settings = 1 + moves.between(Integer.MIN_VALUE, t);
        ev.sink.member(id.ordinal(), p, attribution.attribute(id, t - 1, r, t - 1, -1), settings <= 2);
    }
}
