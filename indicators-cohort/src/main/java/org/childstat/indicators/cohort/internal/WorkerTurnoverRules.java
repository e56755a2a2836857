package org.childstat.indicators.cohort.internal;

import static org.childstat.indicators.core.indicator.IndicatorId.WORKER_TURNOVER;

import org.childstat.indicators.core.internal.CaseStore;
import org.childstat.indicators.core.internal.Dates;

/**
 * The WORKERS_ON_FIRST_DAY family (docs/workforce.md): the workers with a workers.csv spell
 * covering the period's first day s, each in that spell's unit (the latest start, ties the lowest
 * line: {@link OrgIndex#unitOn}). Implements WORKER_TURNOVER: in the numerator when no spell of the
 * worker in that same unit covers {@code min(e, as-of)}. So a worker who leaves and comes back to
 * the unit by then, or whose spell ends on e, has not left; a move to another unit, of the same
 * office or not, is turnover of the unit left. Runs in the pass over workers ({@link Engine#runWorkers}).
 */
final class WorkerTurnoverRules {
    private final Evaluator ev;
    private final CaseStore store;
    private final OrgIndex org;
    private final int asOf;
    private final int[] periodStart;
    private final int[] periodEnd;

    WorkerTurnoverRules(Evaluator ev) {
        this.ev = ev;
        this.store = ev.store;
        this.org = ev.org;
        this.asOf = ev.asOf;
        this.periodStart = ev.periodStart;
        this.periodEnd = ev.periodEnd;
    }

    /** Worker w's membership of WORKER_TURNOVER's population in period p, with its outcome. */
    void evaluate(int w, int p) {
        int first = periodStart[p];
        int unit = org.unitOn(w, first);
        if (unit < 0) {
            return;
        }
        int last = Math.min(periodEnd[p], asOf);
        boolean stayed = false;
        for (int k = store.workerSpells[w]; k < store.workerSpells[w + 1] && !stayed; k++) {
            int end = store.spellEnd[k];
            stayed = store.spellUnit[k] == unit && store.spellStart[k] <= last && (end == Dates.NONE || end >= last);
        }
        ev.sink.member(WORKER_TURNOVER.ordinal(), p, org.slot(w, first), !stayed);
    }
}
