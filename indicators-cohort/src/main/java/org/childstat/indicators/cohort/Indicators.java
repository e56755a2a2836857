package org.childstat.indicators.cohort;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.childstat.indicators.cohort.internal.CustomRule;
import org.childstat.indicators.cohort.internal.DataQualityChecks;
import org.childstat.indicators.cohort.internal.Engine;
import org.childstat.indicators.cohort.internal.Evaluator;
import org.childstat.indicators.cohort.internal.Partial;
import org.childstat.indicators.cohort.internal.ReferralRules;
import org.childstat.indicators.cohort.internal.RuleOptions;
import org.childstat.indicators.cohort.internal.SiblingGroups;
import org.childstat.indicators.core.indicator.Indicator;
import org.childstat.indicators.core.indicator.IndicatorId;
import org.childstat.indicators.core.indicator.ReportingPeriod;
import org.childstat.indicators.core.indicator.ResultTable;
import org.childstat.indicators.core.internal.CaseStore;
import org.childstat.indicators.core.internal.StoreAccess;
import org.childstat.indicators.core.model.CaseData;

/**
 * The entry point: every indicator (docs/indicators.md) for many periods and every level in one
 * pass over the children, and the explanation of any child's count.
 *
 * <pre>{@code
 * Calculation c = Indicators.compute(data, ReportingPeriod.rolling(24, data.asOf()));
 * c.results().county(IndicatorId.CFSR4_P1, period);
 * Indicators.explain(data, IndicatorId.CFSR4_P1, period, "C1");
 * }</pre>
 * Stateless and thread-safe.
 */
public final class Indicators {
    private Indicators() {
    }

    /**
     * Every indicator at every level, with the spec's defaults.
     *
     * @param data    the extract
     * @param periods the periods to compute, at least one
     * @return the results, exclusion counts and data-quality checks
     * @throws IllegalArgumentException if no period is given
     */
    public static Calculation compute(CaseData data, List<ReportingPeriod> periods) {
        return compute(data, periods, CalculationOptions.defaults());
    }

    /**
     * The selected indicators and levels for these periods.
     *
     * @param data    the extract
     * @param periods the periods to compute, at least one
     * @param options the indicators, levels, attribution rules, spec options and threads
     * @return the results, exclusion counts and data-quality checks
     * @throws IllegalArgumentException if no period is given
     */
    public static Calculation compute(CaseData data, List<ReportingPeriod> periods, CalculationOptions options) {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(options, "options");
        if (periods.isEmpty()) {
            throw new IllegalArgumentException("at least one period is needed");
        }
        long t0 = System.nanoTime();
        Engine engine = engine(data, periods, options);
        Partial total = engine.run(options.parallelism());
        List<DataQualityLimit> limits = dataQualityLimits(data, periods);
        Set<ReportingPeriod> flagged = new HashSet<>();
        limits.stream().filter(DataQualityLimit::exceeded).forEach(l -> flagged.add(l.period()));
        List<String> note = List.of(DataQualityLimit.NOTE);
        ResultTable results = engine.results(total, options.levels(), (id, p) ->
                flagged.contains(p) && DataQualityLimit.AFFECTED.contains(id) ? note : List.of());
        List<ExclusionCount> exclusions = engine.exclusions(total).stream()
                .map(e -> new ExclusionCount(e.indicator(), e.period(), e.reason(), e.count())).toList();
        return new Calculation(results, exclusions, limits, System.nanoTime() - t0);
    }

    /**
     * The CFSR data-quality checks of each period (docs/indicators.md, CFSR data-quality limits).
     *
     * @param data    the extract
     * @param periods the periods
     * @return every check of every period, in period order, then in {@link DataQualityLimit.Check} order
     */
    public static List<DataQualityLimit> dataQualityLimits(CaseData data, List<ReportingPeriod> periods) {
        long[][][] counts = DataQualityChecks.count(StoreAccess.store(data), data.dataQuality(), periods);
        List<DataQualityLimit> out = new ArrayList<>();
        for (int p = 0; p < periods.size(); p++) {
            for (DataQualityLimit.Check check : DataQualityLimit.Check.values()) {
                long[] nd = counts[p][check.ordinal()];
                out.add(new DataQualityLimit(periods.get(p), check, nd[0], nd[1]));
            }
        }
        return out;
    }


    /**
     * Why one child counted or not (docs/indicators.md, Explaining a count), with the default
     * options.
     *
     * @param data      the extract
     * @param indicator the indicator
     * @param period    the period
     * @param childId   the child
     * @return the child's status, dates, attribution and contribution
     * @throws IllegalArgumentException if the extract has no such child
     */
    public static Explanation explain(CaseData data, Indicator indicator, ReportingPeriod period, String childId) {
        return explain(data, indicator, period, childId, CalculationOptions.defaults());
    }

    /**
     * Why one child counted or not, under these options (their indicator and level choice are
     * ignored).
     *
     * @param data      the extract
     * @param indicator the indicator
     * @param period    the period
     * @param childId   the child
     * @param options   the attribution rules and spec options to apply
     * @return the child's status, dates, attribution and contribution
     * @throws IllegalArgumentException if the extract has no such child
     */
    public static Explanation explain(CaseData data, Indicator indicator, ReportingPeriod period, String childId,
                                      CalculationOptions options) {
        CaseStore s = StoreAccess.store(data);
        int child = data.childIds().indexOf(childId);
        if (child < 0) {
            throw new IllegalArgumentException("no child " + childId + " in the extract");
        }
        Engine engine = engine(data, List.of(period), options.withIndicators(java.util.Set.of(indicator)));
        SiblingGroups siblings = engine.siblings();
        Evaluator ev = engine.evaluator(siblings);
        ExplainSink sink = new ExplainSink(engine.index(indicator), 0, ev, engine.org(), s);
        ev.sink(sink);
        if (indicator.reportLevel()) {
            if (s.hasReports) {
                ReferralRules t = new ReferralRules(s);
                for (int g = 0; g < t.groups(); g++) {
                    if (childOf(s, t.firstRow(g)) == child) {
                        t.evaluate(g, ev, engine.selected());
                    }
                }
            }
        } else {
            ev.evaluate(child);
        }
        Explanation e = sink.explanation(indicator, period, childId, child);
        return e.status() == Explanation.Status.NOT_IN_POPULATION
                ? e.withReason(NotInPopulation.reason(data, indicator, period, data.history(child))) : e;
    }

    /**
     * Why one child counted or not in every indicator and every period, in one evaluation of the
     * child (for a case presentation, which shows a child's counts across the indicators): as
     * {@link #explain(CaseData, Indicator, ReportingPeriod, String)} for each pair, but far
     * cheaper than one call per pair. A {@code NOT_IN_POPULATION} explanation has no
     * {@link Explanation#reason()} here (ask {@code explain} for it).
     *
     * @param data    the extract
     * @param childId the child
     * @param periods the periods, at least one
     * @return one explanation per indicator (in {@code IndicatorId} order) and period (in the given order),
     *         indicator by indicator
     * @throws IllegalArgumentException if the extract has no such child, or no period is given
     */
    public static List<Explanation> explainChild(CaseData data, String childId, List<ReportingPeriod> periods) {
        CaseStore s = StoreAccess.store(data);
        int child = data.childIds().indexOf(childId);
        if (child < 0) {
            throw new IllegalArgumentException("no child " + childId + " in the extract");
        }
        if (periods.isEmpty()) {
            throw new IllegalArgumentException("no period given");
        }
        Engine engine = engine(data, periods, CalculationOptions.defaults());
        Evaluator ev = engine.evaluator(engine.siblings());
        IndicatorId[] ids = IndicatorId.values();
        ExplainSink[][] sinks = new ExplainSink[ids.length][periods.size()];
        for (IndicatorId id : ids) {
            for (int p = 0; p < periods.size(); p++) {
                sinks[id.ordinal()][p] = new ExplainSink(id.ordinal(), p, ev, engine.org(), s);
            }
        }
        ev.sink(new ChildExplainSink(sinks));
        ev.evaluate(child);
        if (s.hasReports) {
            ReferralRules t = new ReferralRules(s);
            for (int g = 0; g < t.groups(); g++) {
                if (childOf(s, t.firstRow(g)) == child) {
                    t.evaluate(g, ev, engine.selected());
                }
            }
        }
        List<Explanation> out = new ArrayList<>(ids.length * periods.size());
        for (IndicatorId id : ids) {
            for (int p = 0; p < periods.size(); p++) {
                out.add(sinks[id.ordinal()][p].explanation(id, periods.get(p), childId, child));
            }
        }
        return out;
    }

    /**
     * The explanations of every child in the population of one indicator and period (members and
     * excluded ones), in one pass, in the extract's order. For the timeliness indicators, one per
     * report, under the child of its first row; for IN_HOME_OPEN_18M_PLUS, one per case (in
     * {@code CaseData.caseIds()} order), under the child of its first row.
     *
     * @param data      the extract
     * @param indicator the indicator
     * @param period    the period
     * @return one explanation per member or excluded child (or report)
     */
    public static List<Explanation> explainAll(CaseData data, Indicator indicator, ReportingPeriod period) {
        CaseStore s = StoreAccess.store(data);
        Engine engine = engine(data, List.of(period), CalculationOptions.defaults().withIndicators(Set.of(indicator)));
        Evaluator ev = engine.evaluator(engine.siblings());
        List<Explanation> out = new ArrayList<>();
        if (indicator.reportLevel()) {
            if (s.hasReports) {
                ReferralRules t = new ReferralRules(s);
                for (int g = 0; g < t.groups(); g++) {
                    ExplainSink sink = new ExplainSink(engine.index(indicator), 0, ev, engine.org(), s);
                    ev.sink(sink);
                    t.evaluate(g, ev, engine.selected());
                    int child = childOf(s, t.firstRow(g));
                    Explanation e = sink.explanation(indicator, period, s.childIds[child], child);
                    if (e.status() != Explanation.Status.NOT_IN_POPULATION) {
                        out.add(e);
                    }
                }
            }
            return out;
        }
        if (indicator.caseLevel()) {
            for (int k = 0; s.hasInHome && k < s.caseIds.length; k++) {
                ExplainSink sink = new ExplainSink(engine.index(indicator), 0, ev, engine.org(), s);
                ev.sink(sink);
                ev.evaluateCase(k);
                int child = s.inHomeChild[s.caseFirstRow[k]];
                Explanation e = sink.explanation(indicator, period, s.childIds[child], child);
                if (e.status() != Explanation.Status.NOT_IN_POPULATION) {
                    out.add(e);
                }
            }
            return out;
        }
        for (int c = 0; c < s.childCount(); c++) {
            ExplainSink sink = new ExplainSink(engine.index(indicator), 0, ev, engine.org(), s);
            ev.sink(sink);
            ev.evaluate(c);
            Explanation e = sink.explanation(indicator, period, s.childIds[c], c);
            if (e.status() != Explanation.Status.NOT_IN_POPULATION) {
                out.add(e);
            }
        }
        return out;
    }

    /**
     * Why one worker counted or not in an indicator that counts workers (docs/workforce.md,
     * Explaining a worker): WORKER_TURNOVER, or CASELOAD's denominator.
     *
     * @param data      the extract
     * @param indicator WORKER_TURNOVER or CASELOAD
     * @param period    the period
     * @param workerId  the worker (workers.csv)
     * @return the worker's status, unit, dates and contribution
     * @throws IllegalArgumentException if the indicator counts children only, or the extract has no such worker
     */
    public static WorkerExplanation explainWorker(CaseData data, Indicator indicator, ReportingPeriod period,
                                                  String workerId) {
        WorkerExplainer.requireCountsWorkers(indicator);
        CaseStore s = StoreAccess.store(data);
        int w = java.util.Arrays.asList(s.workerIds).indexOf(workerId);
        if (w < 0) {
            throw new IllegalArgumentException("no worker " + workerId + " in workers.csv");
        }
        return workerExplainer(data, indicator, period).explain(w);
    }

    /**
     * The explanations of every worker of workers.csv in an indicator that counts workers, members
     * or not, in the extract's order; their numerators and denominators add up to the county's.
     *
     * @param data      the extract
     * @param indicator WORKER_TURNOVER or CASELOAD
     * @param period    the period
     * @return one explanation per worker
     * @throws IllegalArgumentException if the indicator counts children only
     */
    public static List<WorkerExplanation> explainWorkers(CaseData data, Indicator indicator, ReportingPeriod period) {
        WorkerExplainer.requireCountsWorkers(indicator);
        return workerExplainer(data, indicator, period).explainAll();
    }

    private static WorkerExplainer workerExplainer(CaseData data, Indicator indicator, ReportingPeriod period) {
        Engine engine = engine(data, List.of(period), CalculationOptions.defaults().withIndicators(Set.of(indicator)));
        return new WorkerExplainer(engine, StoreAccess.store(data), indicator, period, data.asOf());
    }

    /**
     * One indicator and period tallied by entity of a level, before any suppression: every entity
     * with a non-zero denominator (counts: numerator), UNASSIGNED included, in the order of their
     * ids. The same numbers as results.csv's rows where those are not suppressed.
     *
     * @param data      the extract
     * @param indicator the indicator (not a median: its tallies are values, not a numerator)
     * @param period    the period
     * @param level     the level whose entities are tallied
     * @return one tally per entity
     * @throws IllegalArgumentException for a median indicator, or a level the indicator has no rows at
     */
    public static List<EntityTally> tallies(CaseData data, Indicator indicator, ReportingPeriod period,
                                            org.childstat.indicators.core.model.Level level) {
        if (indicator.unit() == org.childstat.indicators.core.indicator.Unit.MEDIAN_DAYS) {
            throw new IllegalArgumentException(indicator.id() + " is a median: it has no numerator to tally");
        }
        if (level == org.childstat.indicators.core.model.Level.WORKER && !indicator.hasWorkerRows()) {
            throw new IllegalArgumentException(indicator.id() + " has no WORKER rows");
        }
        Engine engine = engine(data, List.of(period), CalculationOptions.defaults().withIndicators(Set.of(indicator)));
        Partial total = engine.run(CalculationOptions.defaults().parallelism());
        long[][] t = engine.levelTotals(total, indicator, 0, level);
        boolean count = indicator.unit() == org.childstat.indicators.core.indicator.Unit.COUNT;
        List<EntityTally> out = new ArrayList<>();
        for (int e : engine.org().entityOrder(level)) {
            if (count ? t[0][e] != 0 : t[1][e] != 0) {
                out.add(new EntityTally(level, engine.org().entityId(level, e), t[0][e], t[1][e]));
            }
        }
        return List.copyOf(out);
    }

    /**
     * One indicator and period tallied by entity of a level and by child-level stratum, for
     * indirect standardisation (docs/variation.md, Indirect standardisation). Percents and rates
     * only.
     *
     * @param data           the extract
     * @param indicator      a percent or rate indicator
     * @param period         the period
     * @param level          the level whose entities are tallied
     * @param stratification the child-level strata
     * @return one tally per entity and stratum
     * @throws IllegalArgumentException for a count or median indicator
     */
    public static List<StratifiedTally> stratified(CaseData data, Indicator indicator, ReportingPeriod period,
                                                   org.childstat.indicators.core.model.Level level,
                                                   Stratification stratification) {
        if (indicator.unit() == org.childstat.indicators.core.indicator.Unit.COUNT
                || indicator.unit() == org.childstat.indicators.core.indicator.Unit.MEDIAN_DAYS) {
            throw new IllegalArgumentException(indicator + " is a " + indicator.unit()
                    + "; only percents and rates are standardised");
        }
        CaseStore s = StoreAccess.store(data);
        Engine engine = engine(data, List.of(period), CalculationOptions.defaults().withIndicators(Set.of(indicator)));
        Evaluator ev = engine.evaluator(engine.siblings());
        StrataSink sink = new StrataSink(engine.index(indicator), ev, engine.org(), s, level, stratification);
        ev.sink(sink);
        if (indicator.reportLevel()) {
            if (s.hasReports) {
                ReferralRules t = new ReferralRules(s);
                for (int g = 0; g < t.groups(); g++) {
                    t.evaluate(g, ev, engine.selected());
                }
            }
        } else {
            for (int c = 0; c < s.childCount(); c++) {
                ev.evaluate(c);
            }
        }
        return sink.result();
    }

    private static int childOf(CaseStore s, int reportRow) {
        int lo = 0, hi = s.childCount() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (s.childReports[mid] <= reportRow) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    private static Engine engine(CaseData data, List<ReportingPeriod> periods, CalculationOptions options) {
        List<Indicator> all = Engine.indicatorList(options.indicators());
        List<CustomRule> custom = new ArrayList<>();
        for (int i = IndicatorId.values().length; i < all.size(); i++) {
            custom.add(((CustomIndicator) all.get(i)).rule(i));
        }
        CustomRule.Set customSet = custom.isEmpty() ? CustomRule.Set.NONE
                : new CustomRule.Set(custom, List.copyOf(periods), data::history);
        RuleOptions rules = new RuleOptions(options.adjustTrialHomeVisitForRelatives(),
                options.excludeMissingReasonInP2P3(), options.attributionArray(all), customSet);
        return new Engine(StoreAccess.store(data), periods, options.indicators(), rules);
    }
}
