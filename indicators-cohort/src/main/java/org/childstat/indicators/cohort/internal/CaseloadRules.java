package org.childstat.indicators.cohort.internal;

import static org.childstat.indicators.core.indicator.IndicatorId.CASELOAD;

import org.childstat.indicators.core.internal.CaseStore;

/**
 * The CASELOADS family (docs/workforce.md): on {@code p = min(e, as-of)} (none when p is before
 * the period), the workers with a workers.csv spell covering p, each in that spell's unit (the
 * latest start, ties the lowest line: {@link OrgIndex#unitOn}), are CASELOAD's denominator; the
 * children in care on p (a discharge on p counts) or served in home on p, under 18, are its
 * numerator, each for its {@code ON_DATE(p)} worker and only when that worker is one of those
 * workers. So a child whose worker is UNASSIGNED, or has no spell covering p, is counted nowhere,
 * not even at county level: the county's value is children per worker on staff, and nothing is
 * ever attributed to UNASSIGNED. Without in_home_cases.csv the children are those in care only.
 * The child side runs in the children's pass; the worker side, {@link #staff}, in the pass over
 * workers ({@link Engine#runWorkers}).
 */
final class CaseloadRules {
    private final Evaluator ev;
    private final CaseStore store;
    private final OrgIndex org;
    private final int asOf;
    private final int[] periodStart;
    private final int[] periodEnd;
    private final InHomeDays inHome;

    CaseloadRules(Evaluator ev, InHomeDays inHome) {
        this.ev = ev;
        this.store = ev.store;
        this.org = ev.org;
        this.asOf = ev.asOf;
        this.periodStart = ev.periodStart;
        this.periodEnd = ev.periodEnd;
        this.inHome = inHome;
    }

    /** The current child in CASELOAD's numerator for period p, if it is carried by a worker on staff that day. */
    void evaluate(int p) {
        int day = Math.min(periodEnd[p], asOf);
        if (day < periodStart[p] || day >= ev.eighteen || day < ev.birth) {
            return;
        }
        int episode = ev.inCareOn(day);
        int row = episode < 0 && store.hasInHome ? inHome.servingRow(day) : -1;
        if (episode < 0 && row < 0) {
            return;
        }
        ev.evidence(episode, -1, day);
        ev.evInHomeRow = row;
        int ind = CASELOAD.ordinal();
        int slot = ev.attribution.attribute(ind, day, day, day, -1); // ON_DATE(p), cut at the as-of date
        if (org.slotUnit[slot] >= 0) { // a worker with a spell covering p (UNASSIGNED's unit is none)
            ev.sink.count(ind, p, slot);
        }
    }

    /** Worker w in CASELOAD's denominator for period p, in the unit of its spell covering p, if it has one. */
    void staff(int w, int p) {
        int day = Math.min(periodEnd[p], asOf);
        if (day >= periodStart[p] && org.unitOn(w, day) >= 0) {
            ev.sink.staff(CASELOAD.ordinal(), p, org.slot(w, day));
        }
    }
}
