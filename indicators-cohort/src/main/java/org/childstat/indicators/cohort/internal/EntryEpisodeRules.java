package org.childstat.indicators.cohort.internal;

import static org.childstat.indicators.cohort.internal.Evaluator.NONE;
import static org.childstat.indicators.core.indicator.IndicatorId.CFSR4_PLACEMENT_STABILITY;
import static org.childstat.indicators.core.indicator.IndicatorId.FOSTER_CARE_ENTRIES;

import org.childstat.indicators.core.indicator.ExclusionReason;
import org.childstat.indicators.core.internal.CaseStore;

/**
 * The ENTRY_EPISODES family (docs/indicators.md, The indicators): every episode with its removal
 * in the period. Implements FOSTER_CARE_ENTRIES (a count of removals under 18) and
 * CFSR4_PLACEMENT_STABILITY (moves per day in care of the entering episodes, to the period's end;
 * excluded: stays under 8 days, entries at 18+), whose moves are {@link PlacementMoves}.
 */
final class EntryEpisodeRules {
    private final Evaluator ev;
    private final CaseStore store;
    private final int[] periodStart;
    private final int[] periodEnd;
    private final Attribution attribution;
    private final PlacementMoves moves;
    private final boolean entriesOn, movesOn;

    EntryEpisodeRules(Evaluator ev) {
        this.ev = ev;
        this.store = ev.store;
        this.periodStart = ev.periodStart;
        this.periodEnd = ev.periodEnd;
        this.attribution = ev.attribution;
        this.moves = ev.moves;
        this.entriesOn = ev.on(FOSTER_CARE_ENTRIES);
        this.movesOn = ev.on(CFSR4_PLACEMENT_STABILITY);
    }

    /** The next member of period p from episode {@code from} on: an episode with its removal in the period, or -1. */
    int member(int p, int from) {
        for (int e = from; e < ev.lastEpisode; e++) {
            int r = store.episodeRemoval[e];
            if (r >= periodStart[p] && r <= periodEnd[p]) {
                return e;
            }
        }
        return -1;
    }

    /** FOSTER_CARE_ENTRIES and CFSR4_PLACEMENT_STABILITY for period p. */
    void evaluate(int p) {
        int ind = CFSR4_PLACEMENT_STABILITY.ordinal();
        for (int e = member(p, ev.firstEpisode); e >= 0; e = member(p, e + 1)) {
            int r = store.episodeRemoval[e], d = store.episodeDischarge[e];
            int eighteen = ev.eighteen;
            ev.evidence(e, -1, r);
            if (entriesOn) {
                if (r >= eighteen) {
                    ev.sink.excluded(FOSTER_CARE_ENTRIES.ordinal(), p, ExclusionReason.AGE_18_PLUS);
                } else {
                    ev.sink.count(FOSTER_CARE_ENTRIES.ordinal(), p, attribution.attribute(FOSTER_CARE_ENTRIES, r, r, r, -1));
                }
            }
            if (movesOn) {
                if (d != NONE && d - r < 8) {
                    ev.sink.excluded(ind, p, ExclusionReason.STAY_UNDER_8_DAYS);
                } else if (r >= eighteen) {
                    ev.sink.excluded(ind, p, ExclusionReason.AGE_18_PLUS);
                } else {
                    int to = ev.countedUntil(e, periodEnd[p]);
                    moves.find(e);
                    if (attribution.eachDay(ind)) {
                        ev.noAttribution();
                        attribution.eachDay(ind, p, r, to);
                        for (int m = 0; m < moves.count(); m++) {
                            int date = moves.date(m);
                            if (date >= r && date < to) {
                                ev.sink.rate(ind, p, attribution.eventSlot(date), 0, 1);
                            }
                        }
                    } else {
                        int slot = attribution.attribute(CFSR4_PLACEMENT_STABILITY, to - 1, r, to - 1, -1);
                        ev.sink.rate(ind, p, slot, Math.max(0, to - r), moves.between(r, to));
                    }
                }
            }
        }
        if (movesOn) {
            ev.sink.rateDone(ind, p);
        }
    }
}
