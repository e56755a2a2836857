package org.childstat.indicators.cohort;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.childstat.indicators.cohort.internal.Engine;
import org.childstat.indicators.cohort.internal.Evaluator;
import org.childstat.indicators.cohort.internal.OrgIndex;
import org.childstat.indicators.cohort.internal.Sink;
import org.childstat.indicators.core.indicator.ExclusionReason;
import org.childstat.indicators.core.indicator.Indicator;
import org.childstat.indicators.core.indicator.PopulationFamily;
import org.childstat.indicators.core.indicator.ReportingPeriod;
import org.childstat.indicators.core.internal.CaseStore;
import org.childstat.indicators.core.internal.Dates;

/**
 * Explains workers in the indicators that count them ({@link WorkerExplanation}): runs the
 * engine's pass over workers for one worker at a time into a sink that records what it counted,
 * then names the dates the rule read. The counting stays in the rules (WorkerTurnoverRules,
 * CaseloadRules); only the dates are restated here, from the same spell choice
 * ({@link OrgIndex#spellOn}).
 */
final class WorkerExplainer {
    private final Engine engine;
    private final Evaluator ev;
    private final CaseStore s;
    private final OrgIndex org;
    private final Indicator indicator;
    private final ReportingPeriod period;
    private final int asOf;

    /** An explainer of one indicator and period; the engine is built for that period alone. */
    WorkerExplainer(Engine engine, CaseStore s, Indicator indicator, ReportingPeriod period, LocalDate asOf) {
        requireCountsWorkers(indicator);
        this.engine = engine;
        this.ev = engine.evaluator(null);
        this.s = s;
        this.org = engine.org();
        this.indicator = indicator;
        this.period = period;
        this.asOf = (int) asOf.toEpochDay();
    }

    static void requireCountsWorkers(Indicator indicator) {
        if (!indicator.countsWorkers()) {
            throw new IllegalArgumentException(indicator + " counts children, not workers: explain its children");
        }
    }

    /** Worker w (an index of workers.csv's workers, in the extract's order). */
    WorkerExplanation explain(int w) {
        Recorder sink = new Recorder(engine.index(indicator));
        ev.sink(sink);
        ev.evaluateWorker(w);
        boolean turnover = indicator.definition().family() == PopulationFamily.WORKERS_ON_FIRST_DAY;
        int first = (int) period.start().toEpochDay();
        int last = Math.min((int) period.end().toEpochDay(), asOf);
        int day = turnover ? first : last;
        Map<String, LocalDate> dates = new LinkedHashMap<>();
        if (turnover) {
            dates.put("first_day", Dates.toDate(first));
            dates.put("checked_on", Dates.toDate(last));
        } else {
            dates.put("counted_on", Dates.toDate(last));
        }
        String worker = s.workerIds[w];
        if (sink.slot < 0) {
            String why = turnover
                    ? "no workers.csv spell of " + worker + " covers the period's first day, " + Dates.toDate(first)
                    : "no workers.csv spell of " + worker + " covers " + Dates.toDate(last)
                      + ", the day caseloads are counted (the period's last day, or the as-of date)";
            return new WorkerExplanation(indicator, period, worker, Explanation.Status.NOT_IN_POPULATION, null, dates,
                    0, 0, why);
        }
        int k = org.spellOn(w, day);
        dates.put("spell_start", Dates.toDate(s.spellStart[k]));
        if (s.spellEnd[k] != Dates.NONE) {
            dates.put("spell_end", Dates.toDate(s.spellEnd[k]));
        }
        Explanation.Status status = sink.outcome ? Explanation.Status.IN_NUMERATOR : Explanation.Status.IN_DENOMINATOR_ONLY;
        return new WorkerExplanation(indicator, period, worker, status, org.slotUnitId(sink.slot), dates,
                sink.outcome ? 1 : 0, 1, null);
    }

    /** Every worker of workers.csv, in the extract's order, members or not. */
    List<WorkerExplanation> explainAll() {
        List<WorkerExplanation> out = new ArrayList<>(s.workerIds.length);
        for (int w = 0; w < s.workerIds.length; w++) {
            out.add(explain(w));
        }
        return out;
    }

    /** Records the slot a worker was counted in, and its outcome, for one indicator and the only period. */
    private static final class Recorder implements Sink {
        private final int indicator;
        int slot = -1;
        boolean outcome;

        Recorder(int indicator) {
            this.indicator = indicator;
        }

        @Override
        public void member(int ind, int p, int slotUsed, boolean out) {
            if (ind == indicator) {
                slot = slotUsed;
                outcome = out;
            }
        }

        @Override
        public void staff(int ind, int p, int slotUsed) {
            if (ind == indicator) {
                slot = slotUsed;
            }
        }

        @Override
        public void excluded(int ind, int p, ExclusionReason reason) {
        }

        @Override
        public void count(int ind, int p, int slotUsed) {
        }

        @Override
        public void median(int ind, int p, int slotUsed, int value) {
        }

        @Override
        public void rate(int ind, int p, int slotUsed, int days, int events) {
        }

        @Override
        public void rateDone(int ind, int p) {
        }
    }
}
