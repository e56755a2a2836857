package org.childstat.indicators.cohort.internal;

import static org.childstat.indicators.cohort.internal.Evaluator.ANY;
import static org.childstat.indicators.cohort.internal.Evaluator.GUARDIANSHIP;
import static org.childstat.indicators.cohort.internal.Evaluator.NONE;
import static org.childstat.indicators.cohort.internal.Evaluator.PERMANENCY;
import static org.childstat.indicators.cohort.internal.Evaluator.REENTRY_EXITS;
import static org.childstat.indicators.cohort.internal.Evaluator.REUNIFICATION;
import static org.childstat.indicators.cohort.internal.Evaluator.bit;
import static org.childstat.indicators.core.indicator.IndicatorId.CFSR4_REENTRY;
import static org.childstat.indicators.core.indicator.IndicatorId.EXIT_TO_PERMANENCY_EXIT;
import static org.childstat.indicators.core.indicator.IndicatorId.GUARDIANSHIP_24M_EXIT;
import static org.childstat.indicators.core.indicator.IndicatorId.MEDIAN_DAYS_IN_CARE;
import static org.childstat.indicators.core.indicator.IndicatorId.MEDIAN_DAYS_TO_REUNIFICATION;
import static org.childstat.indicators.core.indicator.IndicatorId.REENTRY_12M_AFTER_REUNIFICATION;
import static org.childstat.indicators.core.indicator.IndicatorId.REUNIFICATION_12M_EXIT;

import org.childstat.indicators.core.indicator.ExclusionReason;
import org.childstat.indicators.core.indicator.IndicatorId;
import org.childstat.indicators.core.internal.CaseStore;
import org.childstat.indicators.core.internal.Dates;

/**
 * The EXIT_COHORT family (docs/indicators.md, The indicators): children discharged in the period,
 * one per child, the first discharge whose reason is in the indicator's set. Implements
 * CFSR4_REENTRY and REENTRY_12M_AFTER_REUNIFICATION (a new removal within 12 months),
 * REUNIFICATION_12M_EXIT (reunified within 12 months of removal), MEDIAN_DAYS_TO_REUNIFICATION and
 * MEDIAN_DAYS_IN_CARE (the length of stay), EXIT_TO_PERMANENCY_EXIT (a permanency discharge before
 * 18) and GUARDIANSHIP_24M_EXIT (guardianship within 24 months of removal). Every outcome goes to
 * the worker on the last day in care: ON_DATE(discharge - 1) by default.
 */
final class ExitCohortRules {
    private final Evaluator ev;
    private final CaseStore store;
    private final int[] periodStart;
    private final int[] periodEnd;
    private final Attribution attribution;
    private final boolean reentryOn, reentryAfterReunificationOn, reunificationOn, medianToReunificationOn,
            medianInCareOn, permanencyOn, guardianshipOn;

    ExitCohortRules(Evaluator ev) {
        this.ev = ev;
        this.store = ev.store;
        this.periodStart = ev.periodStart;
        this.periodEnd = ev.periodEnd;
        this.attribution = ev.attribution;
        this.reentryOn = ev.on(CFSR4_REENTRY);
        this.reentryAfterReunificationOn = ev.on(REENTRY_12M_AFTER_REUNIFICATION);
        this.reunificationOn = ev.on(REUNIFICATION_12M_EXIT);
        this.medianToReunificationOn = ev.on(MEDIAN_DAYS_TO_REUNIFICATION);
        this.medianInCareOn = ev.on(MEDIAN_DAYS_IN_CARE);
        this.permanencyOn = ev.on(EXIT_TO_PERMANENCY_EXIT);
        this.guardianshipOn = ev.on(GUARDIANSHIP_24M_EXIT);
    }

    /**
     * The member of period p for a reason set: the child's first episode discharged in the period
     * with a reason in the mask (a bit per stored reason code), or -1.
     */
    int firstDischarge(int p, int mask) {
        for (int e = ev.firstEpisode; e < ev.lastEpisode; e++) {
            int d = store.episodeDischarge[e];
            if (d != NONE && d >= periodStart[p] && d <= periodEnd[p] && bit(mask, store.episodeReason[e])) {
                return e;
            }
        }
        return -1;
    }

    /** The seven exit-cohort indicators for period p, in the order above. */
    void evaluate(int p) {
        if (reentryOn) {
            reentry(CFSR4_REENTRY, p, REENTRY_EXITS);
        }
        if (reentryAfterReunificationOn) {
            reentry(REENTRY_12M_AFTER_REUNIFICATION, p, REUNIFICATION);
        }
        if (reunificationOn || medianToReunificationOn) {
            reunified(p);
        }
        if (medianInCareOn || permanencyOn) {
            discharged(p);
        }
        if (guardianshipOn) {
            guardianship(p);
        }
    }

    /** CFSR4_REENTRY and REENTRY_12M_AFTER_REUNIFICATION: a later removal r2 with discharge <= r2 < discharge + 12 months. */
    private void reentry(IndicatorId id, int p, int mask) {
        int e = firstDischarge(p, mask);
        if (e < 0) {
            return;
        }
        int r = store.episodeRemoval[e], d = store.episodeDischarge[e];
        ev.evidence(e, -1, d);
        if (d >= ev.eighteen) {
            ev.sink.excluded(id.ordinal(), p, ExclusionReason.AGE_18_PLUS);
            return;
        }
        int limit = Dates.plusMonths(d, 12);
        ev.evWindowEnd = limit - 1;
        boolean outcome = false;
        for (int next = e + 1; next < ev.lastEpisode && !outcome; next++) {
            int r2 = store.episodeRemoval[next];
            outcome = r2 >= d && r2 < limit;
        }
        ev.sink.member(id.ordinal(), p, exitSlot(id, r, d), outcome);
    }

    /** REUNIFICATION_12M_EXIT and MEDIAN_DAYS_TO_REUNIFICATION: the first reunification in the period. */
    private void reunified(int p) {
        int e = firstDischarge(p, REUNIFICATION);
        if (e < 0) {
            return;
        }
        int r = store.episodeRemoval[e], d = store.episodeDischarge[e];
        ev.evidence(e, -1, d);
        ExclusionReason excluded = d >= ev.eighteen ? ExclusionReason.AGE_18_PLUS
                : d - r < 8 ? ExclusionReason.STAY_UNDER_8_DAYS : null;
        if (reunificationOn) {
            if (excluded != null) {
                ev.sink.excluded(REUNIFICATION_12M_EXIT.ordinal(), p, excluded);
            } else {
                ev.sink.member(REUNIFICATION_12M_EXIT.ordinal(), p, exitSlot(REUNIFICATION_12M_EXIT, r, d),
                        d < Dates.plusMonths(r, 12));
            }
        }
        if (medianToReunificationOn) {
            if (excluded != null) {
                ev.sink.excluded(MEDIAN_DAYS_TO_REUNIFICATION.ordinal(), p, excluded);
            } else {
                ev.sink.median(MEDIAN_DAYS_TO_REUNIFICATION.ordinal(), p,
                        exitSlot(MEDIAN_DAYS_TO_REUNIFICATION, r, d), d - r);
            }
        }
    }

    /** MEDIAN_DAYS_IN_CARE and EXIT_TO_PERMANENCY_EXIT: the first discharge in the period, any reason. */
    private void discharged(int p) {
        int e = firstDischarge(p, ANY);
        if (e < 0) {
            return;
        }
        int r = store.episodeRemoval[e], d = store.episodeDischarge[e], reason = store.episodeReason[e];
        ev.evidence(e, -1, d);
        boolean short8 = d - r < 8;
        if (medianInCareOn) {
            if (short8) {
                ev.sink.excluded(MEDIAN_DAYS_IN_CARE.ordinal(), p, ExclusionReason.STAY_UNDER_8_DAYS);
            } else {
                ev.sink.median(MEDIAN_DAYS_IN_CARE.ordinal(), p, exitSlot(MEDIAN_DAYS_IN_CARE, r, d), d - r);
            }
        }
        if (permanencyOn) {
            if (short8) {
                ev.sink.excluded(EXIT_TO_PERMANENCY_EXIT.ordinal(), p, ExclusionReason.STAY_UNDER_8_DAYS);
            } else if (reason == 0) {
                ev.sink.excluded(EXIT_TO_PERMANENCY_EXIT.ordinal(), p, ExclusionReason.MISSING_DISCHARGE_REASON);
            } else {
                ev.sink.member(EXIT_TO_PERMANENCY_EXIT.ordinal(), p, exitSlot(EXIT_TO_PERMANENCY_EXIT, r, d),
                        bit(PERMANENCY, reason) && d < ev.eighteen);
            }
        }
    }

    /** GUARDIANSHIP_24M_EXIT: the first discharge to guardianship in the period. */
    private void guardianship(int p) {
        int e = firstDischarge(p, GUARDIANSHIP);
        if (e < 0) {
            return;
        }
        int r = store.episodeRemoval[e], d = store.episodeDischarge[e];
        ev.evidence(e, -1, d);
        if (d >= ev.eighteen) {
            ev.sink.excluded(GUARDIANSHIP_24M_EXIT.ordinal(), p, ExclusionReason.AGE_18_PLUS);
        } else if (d - r < 8) {
            ev.sink.excluded(GUARDIANSHIP_24M_EXIT.ordinal(), p, ExclusionReason.STAY_UNDER_8_DAYS);
        } else {
            ev.sink.member(GUARDIANSHIP_24M_EXIT.ordinal(), p, exitSlot(GUARDIANSHIP_24M_EXIT, r, d),
                    d < Dates.plusMonths(r, 24));
        }
    }

    /** Exit cohorts: ON_DATE(discharge - 1), the worker on the last day in care. */
    private int exitSlot(IndicatorId id, int removal, int discharge) {
        return attribution.attribute(id, discharge - 1, removal, discharge - 1, -1);
    }
}
