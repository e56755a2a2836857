package org.childstat.indicators.cohort.internal;

import static org.childstat.indicators.cohort.internal.Evaluator.FAR;
import static org.childstat.indicators.cohort.internal.Evaluator.NONE;
import static org.childstat.indicators.cohort.internal.Evaluator.PERMANENCY;
import static org.childstat.indicators.cohort.internal.Evaluator.REUNIFICATION;
import static org.childstat.indicators.cohort.internal.Evaluator.TRIAL_HOME_VISIT;
import static org.childstat.indicators.cohort.internal.Evaluator.bit;
import static org.childstat.indicators.core.indicator.IndicatorId.CFSR4_P1;
import static org.childstat.indicators.core.indicator.IndicatorId.REUNIFICATION_12M_ENTRY;

import org.childstat.indicators.core.indicator.ExclusionReason;
import org.childstat.indicators.core.internal.CaseStore;
import org.childstat.indicators.core.internal.Dates;

/**
 * The ENTRY_COHORT family (docs/indicators.md, The indicators): children whose first removal in
 * the period starts an episode. Implements CFSR4_P1 (permanency within 12 months, with the
 * trial-home-visit adjustment of the R4 Data Dictionary) and REUNIFICATION_12M_ENTRY
 * (reunification within 12 months). Both exclude 18+ at removal, stays under 8 days and a
 * discharge without a reason.
 */
final class EntryCohortRules {
    private final Evaluator ev;
    private final CaseStore store;
    private final int[] periodStart;
    private final int[] periodEnd;
    private final RuleOptions options;
    private final Attribution attribution;
    private final boolean permanencyOn, reunificationOn;

    EntryCohortRules(Evaluator ev) {
        this.ev = ev;
        this.store = ev.store;
        this.periodStart = ev.periodStart;
        this.periodEnd = ev.periodEnd;
        this.options = ev.options;
        this.attribution = ev.attribution;
        this.permanencyOn = ev.on(CFSR4_P1);
        this.reunificationOn = ev.on(REUNIFICATION_12M_ENTRY);
    }

    /** The member of period p: the child's first episode with its removal in the period, or -1. */
    int member(int p) {
        for (int e = ev.firstEpisode; e < ev.lastEpisode; e++) {
            int r = store.episodeRemoval[e];
            if (r >= periodStart[p] && r <= periodEnd[p]) {
                return e;
            }
        }
        return -1;
    }

    /** CFSR4_P1 and REUNIFICATION_12M_ENTRY for period p. */
    void evaluate(int p) {
        int ep = member(p);
        if (ep < 0) {
            return;
        }
        int eighteen = ev.eighteen;
        int r = store.episodeRemoval[ep], d = store.episodeDischarge[ep], reason = store.episodeReason[ep];
        ev.evidence(ep, -1, r);
        ExclusionReason excluded = r >= eighteen ? ExclusionReason.AGE_18_PLUS
                : d != NONE && d - r < 8 ? ExclusionReason.STAY_UNDER_8_DAYS
                : d != NONE && reason == 0 ? ExclusionReason.MISSING_DISCHARGE_REASON : null;
        int twelve = Dates.plusMonths(r, 12);
        ev.evWindowEnd = Math.min(twelve, eighteen) - 1; // permanency (or reunification) before 12 months and 18
        if (permanencyOn) {
            if (excluded != null) {
                ev.sink.excluded(CFSR4_P1.ordinal(), p, excluded);
            } else {
                int adjusted = d == NONE ? NONE : adjustedDischarge(ep, d, reason);
                ev.evAdjusted = adjusted;
                boolean outcome = d != NONE && bit(PERMANENCY, reason) && d < eighteen && adjusted < twelve;
                int slot = attribution.attribute(CFSR4_P1, r, r, Math.min(d == NONE ? FAR : d - 1, twelve - 1), -1);
                ev.sink.member(CFSR4_P1.ordinal(), p, slot, outcome);
            }
        }
        if (reunificationOn) {
            if (excluded != null) {
                ev.sink.excluded(REUNIFICATION_12M_ENTRY.ordinal(), p, excluded);
            } else {
                ev.evAdjusted = NONE;
                boolean outcome = d != NONE && bit(REUNIFICATION, reason) && d < twelve && d < eighteen;
                int slot = attribution.attribute(REUNIFICATION_12M_ENTRY, r, r,
                        Math.min(d == NONE ? FAR : d - 1, twelve - 1), -1);
                ev.sink.member(REUNIFICATION_12M_ENTRY.ordinal(), p, slot, outcome);
            }
        }
    }

    /**
     * The THV adjustment of R4 Data Dictionary fn.3: a reunification whose episode's last spell
     * (latest start, ties the largest placement id) is a trial home visit of more than 30 days
     * counts as discharged 30 days into the visit. Reason 2 only with the option.
     */
    int adjustedDischarge(int e, int d, int reason) {
        if (reason != 1 && !(reason == 2 && options.adjustTrialHomeVisitForRelatives())) {
            return d;
        }
        int last = store.episodePlacements[e + 1] - 1;
        if (last < store.episodePlacements[e] || store.placementSetting[last] != TRIAL_HOME_VISIT) {
            return d;
        }
        int thv = store.placementStart[last];
        return d - thv > 30 ? thv + 30 : d;
    }
}
