package org.childstat.indicators.cohort.internal;

import static org.childstat.indicators.cohort.internal.Evaluator.NONE;
import static org.childstat.indicators.core.indicator.IndicatorId.CFSR4_PLACEMENT_STABILITY;
import static org.childstat.indicators.core.indicator.IndicatorId.FOSTER_CARE_ENTRIES;
import static org.childstat.indicators.core.indicator.IndicatorId.MH_SCREENING_NEW_ENTRIES;
import static org.childstat.indicators.core.indicator.IndicatorId.TDM_AT_REMOVAL;

import org.childstat.indicators.core.indicator.ExclusionReason;
import org.childstat.indicators.core.internal.CaseStore;

/**
 * The ENTRY_EPISODES family (docs/indicators.md, The indicators): every episode with its removal
 * in the period. Implements FOSTER_CARE_ENTRIES (a count of removals under 18) and
 * CFSR4_PLACEMENT_STABILITY (moves per day in care of the entering episodes, to the period's end;
 * excluded: stays under 8 days, entries at 18+), whose moves are {@link PlacementMoves}; and two
 * Tier II indicators (docs/tier2.md), counted in episodes and attributed {@code ON_DATE(removal)}:
 * TDM_AT_REMOVAL (excluded: 18+ on the removal date; outcome: a meetings.csv row of the child with
 * type TDM dated in {@code [removal - 30, removal + 3]}: Los Angeles holds the meeting before a
 * removal, or before the detention hearing of an emergency removal, within 72 hours; the 30 days
 * before catch a meeting held ahead of a planned removal) and MH_SCREENING_NEW_ENTRIES (excluded,
 * in order: 18+ on the removal date, a discharge before {@code removal + 30}; outcome: an
 * MH_SCREENING exam dated in {@code [removal, removal + 30]}). A meeting or exam belongs to the
 * child, not to an episode: one meeting serves every removal whose window holds it. Due dates, as
 * the timeliness indicators' ({@link ReferralRules}): a member whose window ends after the extract
 * date ({@code removal + 3}, {@code removal + 30}) and that has not met its outcome yet is left out
 * of both counts; once the window has passed without it, it counts in the denominator only.
 */
final class EntryEpisodeRules {
    private final Evaluator ev;
    private final CaseStore store;
    private final int[] periodStart;
    private final int[] periodEnd;
    private final Attribution attribution;
    private final PlacementMoves moves;
    private final boolean entriesOn, movesOn, tdmOn, screeningOn;

    EntryEpisodeRules(Evaluator ev) {
        this.ev = ev;
        this.store = ev.store;
        this.periodStart = ev.periodStart;
        this.periodEnd = ev.periodEnd;
        this.attribution = ev.attribution;
        this.moves = ev.moves;
        this.entriesOn = ev.on(FOSTER_CARE_ENTRIES);
        this.movesOn = ev.on(CFSR4_PLACEMENT_STABILITY);
        this.tdmOn = ev.on(TDM_AT_REMOVAL) && store.hasMeetings;
        this.screeningOn = ev.on(MH_SCREENING_NEW_ENTRIES) && store.hasHealthExams;
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

    /** FOSTER_CARE_ENTRIES, CFSR4_PLACEMENT_STABILITY, TDM_AT_REMOVAL and MH_SCREENING_NEW_ENTRIES for period p. */
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
            if (tdmOn) {
                tdm(p, e, r);
            }
            if (screeningOn) {
                screening(p, e, r, d);
            }
        }
        if (movesOn) {
            ev.sink.rateDone(ind, p);
        }
    }

    /** TDM_AT_REMOVAL for episode e (removal r) of period p. */
    private void tdm(int p, int e, int r) {
        int ind = TDM_AT_REMOVAL.ordinal();
        ev.evidence(e, -1, r);
        if (r >= ev.eighteen) {
            ev.sink.excluded(ind, p, ExclusionReason.AGE_18_PLUS);
            return;
        }
        int due = r + 3;
        boolean met = ev.meetingIn(Evaluator.TDM, r - 30, due);
        if (!met && due > ev.asOf) {
            return; // not due yet and not met: left out of both counts
        }
        ev.evWindowEnd = due;
        ev.sink.member(ind, p, attribution.attribute(TDM_AT_REMOVAL, r, r, r, -1), met);
    }

    /** MH_SCREENING_NEW_ENTRIES for episode e (removal r, discharge d or NONE) of period p. */
    private void screening(int p, int e, int r, int d) {
        int ind = MH_SCREENING_NEW_ENTRIES.ordinal();
        ev.evidence(e, -1, r);
        int due = r + 30;
        if (r >= ev.eighteen) {
            ev.sink.excluded(ind, p, ExclusionReason.AGE_18_PLUS);
            return;
        }
        if (d != NONE && d < due) {
            ev.sink.excluded(ind, p, ExclusionReason.DISCHARGED_WITHIN_30_DAYS);
            return;
        }
        boolean met = ev.examIn(Evaluator.MH_SCREENING, r, due);
        if (!met && due > ev.asOf) {
            return; // not due yet and not met: left out of both counts
        }
        ev.evWindowEnd = due;
        ev.sink.member(ind, p, attribution.attribute(MH_SCREENING_NEW_ENTRIES, r, r, r, -1), met);
    }
}
