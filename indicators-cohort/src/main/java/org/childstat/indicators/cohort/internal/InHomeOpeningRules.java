package org.childstat.indicators.cohort.internal;

import static org.childstat.indicators.core.indicator.IndicatorId.IN_HOME_ENTRY_TO_CARE;
import static org.childstat.indicators.core.indicator.IndicatorId.MH_SCREENING_NEW_IN_HOME;

import org.childstat.indicators.core.indicator.ExclusionReason;
import org.childstat.indicators.core.internal.CaseStore;
import org.childstat.indicators.core.internal.Dates;

/**
 * The IN_HOME_OPENINGS family (docs/in-home.md): children with an in-home row opening in the
 * period, each by its first such row (earliest open date, ties: lowest line), with that row's own
 * open date {@code o}; when that row is excluded the child is excluded, and a later row of the
 * period does not take its place. This is the reading of CFSR4_P1's entry cohort, "the child's
 * first such episode", applied to openings: a row opened before the period does not keep the child
 * out. Implements IN_HOME_ENTRY_TO_CARE. Excluded, in order: 18 or older on {@code o}
 * ({@code AGE_18_PLUS}); {@code o} a day in care, within {@code [removal, discharge)} of an
 * episode ({@code IN_CARE_AT_OPENING}: a removal on the opening day is excluded, an opening on a
 * discharge day is not). Outcome: an episode with a removal after {@code o}, within 12 months of
 * it and before the 18th birthday (the case need not be open then). Attributed {@code ON_DATE(o)}.
 *
 * <p>Also MH_SCREENING_NEW_IN_HOME (docs/tier2.md): the same members and exclusions; outcome: an
 * MH_SCREENING exam of the child dated in {@code [o, o + 30]}; attributed {@code ON_DATE(o)}. A
 * member whose 30 days end after the extract date and that has not been screened yet is left out
 * of both counts (a due date, as the timeliness indicators'); once they have passed, it counts in
 * the denominator. Runs only with health_exams.csv present (else the indicator is NO_DATA).
 */
final class InHomeOpeningRules {
    private final Evaluator ev;
    private final CaseStore store;
    private final int[] periodStart;
    private final int[] periodEnd;
    private final Attribution attribution;
    private final InHomeDays days;
    private final boolean entryOn, screeningOn;

    InHomeOpeningRules(Evaluator ev, InHomeDays days) {
        this.ev = ev;
        this.store = ev.store;
        this.periodStart = ev.periodStart;
        this.periodEnd = ev.periodEnd;
        this.attribution = ev.attribution;
        this.days = days;
        this.entryOn = ev.on(IN_HOME_ENTRY_TO_CARE);
        this.screeningOn = ev.on(MH_SCREENING_NEW_IN_HOME) && store.hasHealthExams;
    }

    /** The child's member row of period p: its first row opening in the period (rows are by open date, then line); or -1. */
    int member(int p) {
        for (int i = store.childInHome[ev.child]; i < store.childInHome[ev.child + 1]; i++) {
            int o = store.inHomeOpen[i];
            if (o > periodEnd[p]) {
                return -1;
            }
            if (o >= periodStart[p]) {
                return i;
            }
        }
        return -1;
    }

    /** IN_HOME_ENTRY_TO_CARE and MH_SCREENING_NEW_IN_HOME for period p. */
    void evaluate(int p) {
        int row = member(p);
        if (row < 0) {
            return;
        }
        int o = store.inHomeOpen[row];
        if (entryOn) {
            entryToCare(p, row, o);
        }
        if (screeningOn) {
            screening(p, row, o);
        }
    }

    /**
     * Sets the evidence of the member row (opening o) and says whether it is excluded, into the
     * sink for indicator ind: 18+ on o, or o a day in care (the episode becomes the evidence).
     */
    private boolean excluded(int ind, int p, int row, int o) {
        ev.evidence(-1, -1, o);
        ev.evInHomeRow = row;
        if (o >= ev.eighteen) {
            ev.sink.excluded(ind, p, ExclusionReason.AGE_18_PLUS);
            return true;
        }
        int inCare = days.careEpisode(o);
        if (inCare >= 0) {
            ev.evEpisode = inCare;
            ev.sink.excluded(ind, p, ExclusionReason.IN_CARE_AT_OPENING);
            return true;
        }
        return false;
    }

    /** IN_HOME_ENTRY_TO_CARE for the member row (opening o) of period p. */
    private void entryToCare(int p, int row, int o) {
        int ind = IN_HOME_ENTRY_TO_CARE.ordinal();
        if (excluded(ind, p, row, o)) {
            return;
        }
        int within = Dates.plusMonths(o, 12); // strictly before
        int entry = -1;
        for (int e = ev.firstEpisode; e < ev.lastEpisode && entry < 0; e++) {
            int r = store.episodeRemoval[e];
            if (r > o && r < within && r < ev.eighteen) {
                entry = e;
            }
        }
        ev.evEpisode = entry;
        ev.evWindowEnd = Math.min(within, ev.eighteen) - 1;
        ev.sink.member(ind, p, attribution.attribute(ind, o, o, o, -1), entry >= 0);
    }

    /** MH_SCREENING_NEW_IN_HOME for the member row (opening o) of period p. */
    private void screening(int p, int row, int o) {
        int ind = MH_SCREENING_NEW_IN_HOME.ordinal();
        if (excluded(ind, p, row, o)) {
            return;
        }
        int due = o + 30;
        boolean met = ev.examIn(Evaluator.MH_SCREENING, o, due);
        if (!met && due > ev.asOf) {
            return; // not due yet and not met: left out of both counts
        }
        ev.evWindowEnd = due;
        ev.sink.member(ind, p, attribution.attribute(ind, o, o, o, -1), met);
    }
}
