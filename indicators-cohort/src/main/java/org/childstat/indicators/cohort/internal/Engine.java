package org.childstat.indicators.cohort.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import org.childstat.indicators.core.indicator.ResultTable;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicInteger;
import org.childstat.indicators.core.indicator.ExclusionReason;
import org.childstat.indicators.core.indicator.Indicator;
import org.childstat.indicators.core.indicator.IndicatorId;
import org.childstat.indicators.core.indicator.Needs;
import org.childstat.indicators.core.indicator.ReportingPeriod;
import org.childstat.indicators.core.indicator.ResultStatus;
import org.childstat.indicators.core.indicator.Unit;
import org.childstat.indicators.core.internal.CaseStore;
import org.childstat.indicators.core.model.Level;
import org.childstat.indicators.core.stats.Intervals;

/**
 * The single pass: children in blocks, taken by the threads of a fork/join pool, each thread
 * tallying into its own {@link Partial}; the partials then merge exactly, and the report-level
 * timeliness indicators are added. {@link #results} turns the tallies into results.
 */
public final class Engine {
    private static final long BLANK = ResultTable.BLANK;
    private static final double NaN = Double.NaN;
    static final int BLOCK = 256;

    final CaseStore s;
    final OrgIndex org;
    final List<ReportingPeriod> periods;
    final int[] ps;
    final int[] pe;
    /** Every indicator the engine can compute, by index: the built-in ones by ordinal, then the custom ones. */
    final List<Indicator> all;
    final boolean[] on;
    final RuleOptions options;

    /**
     * An engine for the selected indicators: {@code options.attribution()} and
     * {@code options.custom()} are by the indexes of {@link #indicatorList(Collection)} of the same
     * selection.
     */
    public Engine(CaseStore s, List<ReportingPeriod> periods, Collection<? extends Indicator> indicators,
                  RuleOptions options) {
        this.s = s;
        this.org = new OrgIndex(s);
        this.periods = List.copyOf(periods);
        this.ps = new int[periods.size()];
        this.pe = new int[periods.size()];
        for (int p = 0; p < ps.length; p++) {
            ps[p] = (int) periods.get(p).start().toEpochDay();
            pe[p] = (int) periods.get(p).end().toEpochDay();
        }
        this.all = indicatorList(indicators);
        this.on = new boolean[all.size()];
        indicators.forEach(i -> on[index(i)] = true);
        this.options = options;
    }

    /** The engine's indexes for a selection: every built-in indicator by ordinal, then the selection's custom ones in its order. */
    public static List<Indicator> indicatorList(Collection<? extends Indicator> selected) {
        List<Indicator> out = new ArrayList<>(List.of(IndicatorId.values()));
        for (Indicator i : selected) {
            if (!(i instanceof IndicatorId) && !out.contains(i)) {
                out.add(i);
            }
        }
        return List.copyOf(out);
    }

    /** The index of an indicator in {@link #all}. */
    public int index(Indicator id) {
        if (id instanceof IndicatorId builtIn) {
            return builtIn.ordinal();
        }
        int i = all.indexOf(id);
        if (i < 0) {
            throw new IllegalArgumentException("indicator " + id.id() + " is not in this calculation");
        }
        return i;
    }

    public int periodIndex(ReportingPeriod period) {
        return periods.indexOf(period);
    }

    public boolean[] selected() {
        return on;
    }

    public OrgIndex org() {
        return org;
    }

    /** A new evaluator for this calculation (one per thread). */
    public Evaluator evaluator(SiblingGroups siblings) {
        return new Evaluator(s, org, ps, pe, on, options, siblings);
    }

    /** The sibling pass, when SIBLINGS_PLACED_TOGETHER is selected. */
    public SiblingGroups siblings() {
        SiblingGroups groups = new SiblingGroups(ps.length, s.siblingGroupIds.length);
        if (on[IndicatorId.SIBLINGS_PLACED_TOGETHER.ordinal()]) {
            Evaluator ev = evaluator(null);
            for (int c = 0; c < s.childCount(); c++) {
                ev.siblingPass(c, groups);
            }
        }
        return groups;
    }

    /**
     * Runs every child and then every report group of the report-level pass, both in blocks
     * across {@code parallelism} threads, each thread into its own partial; merges the partials.
     */
    public Partial run(int parallelism) {
        SiblingGroups siblings = siblings();
        int threads = Math.max(1, Math.min(parallelism, (s.childCount() + BLOCK - 1) / BLOCK));
        ReferralRules timeliness = timelinessSelected() ? new ReferralRules(s) : null;
        Blocks next = new Blocks(timeliness);
        List<Partial> partials = new ArrayList<>();
        if (threads == 1) {
            partials.add(runBlocks(next, siblings));
        } else {
            ForkJoinPool pool = parallelism == ForkJoinPool.getCommonPoolParallelism() ? ForkJoinPool.commonPool()
                    : new ForkJoinPool(parallelism);
            try {
                List<ForkJoinTask<Partial>> tasks = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    tasks.add(pool.submit(() -> runBlocks(next, siblings)));
                }
                for (ForkJoinTask<Partial> task : tasks) {
                    partials.add(task.join());
                }
            } finally {
                if (pool != ForkJoinPool.commonPool()) {
                    pool.shutdown();
                }
            }
        }
        Partial total = partials.get(0);
        for (int i = 1; i < partials.size(); i++) {
            total.merge(partials.get(i));
        }
        runWorkers(total);
        return total;
    }

    /**
     * The pass over workers (CASELOAD's workers on staff, WORKER_TURNOVER), into a partial, on
     * this thread: a few thousand workers, each once per period. {@link #run} ends with it; a
     * caller merging partials of its own adds it once, as it adds {@link #runTimeliness}.
     */
    public void runWorkers(Partial into) {
        Evaluator ev = evaluator(null);
        if (!ev.workersOn()) {
            return;
        }
        ev.sink(into);
        for (int w = 0; w < s.workerIds.length; w++) {
            ev.evaluateWorker(w);
        }
    }

    /** Whether a report-level indicator is selected and there are reports: the report pass runs. */
    private boolean timelinessSelected() {
        if (!s.hasReports) {
            return false;
        }
        for (int i = 0; i < on.length; i++) {
            if (on[i] && all.get(i).reportLevel()) {
                return true;
            }
        }
        return false;
    }

    /** The work the threads of {@link #run} share: blocks of children, then blocks of report groups. */
    private static final class Blocks {
        final AtomicInteger children = new AtomicInteger();
        final AtomicInteger groups = new AtomicInteger();
        final ReferralRules timeliness;

        Blocks(ReferralRules timeliness) {
            this.timeliness = timeliness;
        }
    }

    /** The report-level pass (timeliness indicators) into a partial, on this thread. */
    public void runTimeliness(Partial into) {
        if (timelinessSelected()) {
            runReportGroups(new Blocks(new ReferralRules(s)), into);
        }
    }

    /** Numerator and denominator of every entity of a level (UNASSIGNED last), before any suppression. */
    public long[][] levelTotals(Partial t, Indicator id, int period, Level level) {
        t.seal();
        int cell = t.cell(index(id), period);
        int size = org.levelSize(level);
        int[] map = org.entityOf[level.ordinal()];
        long[][] out = new long[2][size];
        if (t.num[cell] != null) {
            for (int slot = 0; slot < t.slots; slot++) {
                out[0][map[slot]] += t.num[cell][slot];
                out[1][map[slot]] += t.den[cell][slot];
            }
        }
        return out;
    }

    /** Children [from, to) only, in one thread: for tests of the merge. */
    public Partial runRange(int from, int to, SiblingGroups siblings) {
        Partial partial = new Partial(org, ps.length, on);
        Evaluator ev = evaluator(siblings);
        ev.sink(partial);
        for (int c = from; c < to; c++) {
            ev.evaluate(c);
        }
        return partial;
    }

    private Partial runBlocks(Blocks next, SiblingGroups siblings) {
        Partial partial = new Partial(org, ps.length, on);
        Evaluator ev = evaluator(siblings);
        ev.sink(partial);
        int n = s.childCount();
        for (int from; (from = next.children.getAndAdd(BLOCK)) < n; ) {
            int to = Math.min(n, from + BLOCK);
            for (int c = from; c < to; c++) {
                ev.evaluate(c);
            }
        }
        if (next.timeliness != null) {
            runReportGroups(next, partial);
        }
        return partial;
    }

    /** Report groups in blocks, as many as this thread gets, into a partial. */
    private void runReportGroups(Blocks next, Partial into) {
        Evaluator reports = evaluator(null);
        reports.sink(into);
        int groups = next.timeliness.groups();
        for (int from; (from = next.groups.getAndAdd(BLOCK)) < groups; ) {
            int to = Math.min(groups, from + BLOCK);
            for (int g = from; g < to; g++) {
                next.timeliness.evaluate(g, reports, on);
            }
        }
    }

    // ------------------------------------------------------------------ results

    /** An exclusions.csv row: how many of the population one rule set aside (county level). */
    public record Exclusion(Indicator indicator, ReportingPeriod period, ExclusionReason reason, long count) {
    }

    /** The exclusion counts above zero, by indicator, period and reason. */
    public List<Exclusion> exclusions(Partial total) {
        List<Exclusion> out = new ArrayList<>();
        for (int i = 0; i < on.length; i++) {
            if (!on[i]) {
                continue;
            }
            for (int p = 0; p < ps.length; p++) {
                for (ExclusionReason reason : ExclusionReason.values()) {
                    long n = total.exclusions(i, p, reason);
                    if (n > 0) {
                        out.add(new Exclusion(all.get(i), periods.get(p), reason, n));
                    }
                }
            }
        }
        return out;
    }

    /**
     * The results (docs/outputs.md, results.csv): for each indicator, period and selected level,
     * every entity with a non-zero denominator (counts: numerator), UNASSIGNED included, and always
     * the county; no WORKER rows for an indicator without them (WORKER_TURNOVER). Status: NO_DATA, SUPPRESSED, INCOMPLETE, OK, the first that applies. Rows are
     * made in results.csv order, one indicator per task; {@code notes} gives each (indicator,
     * period) its notes.
     */
    public ResultTable results(Partial total, Set<Level> levels, BiFunction<Indicator, ReportingPeriod, List<String>> notes) {
        total.seal();
        LocalDate asOf = LocalDate.ofEpochDay(s.asOf);
        List<Indicator> ids = all.stream().filter(i -> on[index(i)]).sorted(Comparator.comparing(Indicator::id)).toList();
        Integer[] periodOrder = new Integer[ps.length];
        for (int p = 0; p < ps.length; p++) {
            periodOrder[p] = p;
        }
        Arrays.sort(periodOrder, Comparator.comparing(periods::get));
        int widest = Arrays.stream(Level.values()).mapToInt(org::levelSize).max().orElse(1);
        List<ResultTable.Builder> parts = ids.parallelStream().map(id -> {
            ResultTable.Builder out = ResultTable.builder();
            long[][] scratch = new long[2][widest];
            Needs needs = id.needs();
            boolean absent = (needs.reports() && !s.hasReports) || (needs.contacts() && !s.hasContacts)
                    || (needs.inHomeCases() && !s.hasInHome) || (needs.meetings() && !s.hasMeetings)
                    || (needs.healthExams() && !s.hasHealthExams);
            for (int p : periodOrder) {
                ReportingPeriod period = periods.get(p);
                List<String> rowNotes = notes.apply(id, period);
                if (absent) {
                    out.add(id, period, Level.COUNTY, OrgIndex.COUNTY, org.entityName(Level.COUNTY, 0), BLANK, BLANK,
                            NaN, NaN, NaN, ResultStatus.NO_DATA, rowNotes);
                    continue;
                }
                boolean incomplete = asOf.isBefore(id.followUpEnd(period));
                int cell = total.cell(index(id), p);
                for (Level level : Level.values()) {
                    if (level == Level.WORKER && !id.hasWorkerRows()) {
                        continue; // WORKER_TURNOVER: turnover of units
                    }
                    if (level == Level.COUNTY || levels.contains(level)) {
                        levelResults(total, cell, id, period, level, incomplete, rowNotes, out, scratch);
                    }
                }
            }
            return out;
        }).toList();
        ResultTable.Builder all = ResultTable.builder()
                .ensureCapacity(parts.stream().mapToInt(ResultTable.Builder::size).sum());
        parts.forEach(all::addAll);
        return all.build();
    }

    /** The results with no notes. */
    public ResultTable results(Partial total, Set<Level> levels) {
        return results(total, levels, (id, p) -> List.of());
    }

    private void levelResults(Partial t, int cell, Indicator id, ReportingPeriod period, Level level,
                              boolean incomplete, List<String> notes, ResultTable.Builder out, long[][] scratch) {
        int size = org.levelSize(level);
        int[] map = org.entityOf[level.ordinal()];
        long[] num = scratch[0], den = scratch[1];
        Arrays.fill(num, 0, size, 0);
        Arrays.fill(den, 0, size, 0);
        if (t.num[cell] != null) {
            for (int slot = 0; slot < t.slots; slot++) {
                num[map[slot]] += t.num[cell][slot];
                den[map[slot]] += t.den[cell][slot];
            }
        }
        int[][] values = id.unit() == Unit.MEDIAN_DAYS ? medianValues(t, cell, map, size) : null;
        ResultStatus complete = incomplete ? ResultStatus.INCOMPLETE : ResultStatus.OK;
        boolean below = level != Level.COUNTY && !id.countsWorkers(); // workers' results are never suppressed
        for (int e : org.entityOrder[level.ordinal()]) {
            boolean present = id.unit() == Unit.COUNT ? num[e] != 0 : den[e] != 0;
            if (!present && level != Level.COUNTY) {
                continue;
            }
            String entityId = org.entityId(level, e), name = org.entityName(level, e);
            long n = num[e], d = den[e];
            switch (id.unit()) {
                case COUNT -> out.add(id, period, level, entityId, name, n, BLANK, n, NaN, NaN, complete, notes);
                case RATIO -> out.add(id, period, level, entityId, name, n, d, d == 0 ? NaN : (double) n / d, NaN, NaN,
                        d == 0 ? ResultStatus.NO_DATA : complete, notes);
                case PERCENT -> {
                    if (d == 0) {
                        out.add(id, period, level, entityId, name, n, d, NaN, NaN, NaN, ResultStatus.NO_DATA, notes);
                    } else if (below && d < 5) {
                        out.add(id, period, level, entityId, name, BLANK, d, NaN, NaN, NaN, ResultStatus.SUPPRESSED, notes);
                    } else {
                        double[] w = Intervals.wilson(n, d);
                        out.add(id, period, level, entityId, name, n, d, 100.0 * n / d, 100 * w[0], 100 * w[1], complete,
                                notes);
                    }
                }
                case RATE -> {
                    int contributors = t.contributors[cell] == null ? 0
                            : t.contributors[cell][t.levelOffset[level.ordinal()] + e];
                    if (d == 0) {
                        out.add(id, period, level, entityId, name, n, d, NaN, NaN, NaN, ResultStatus.NO_DATA, notes);
                    } else if (below && contributors < 5) {
                        out.add(id, period, level, entityId, name, BLANK, d, NaN, NaN, NaN, ResultStatus.SUPPRESSED, notes);
                    } else {
                        double scale = id.scale();
                        double[] ci = Intervals.poisson(n);
                        out.add(id, period, level, entityId, name, n, d, scale * n / d, scale * ci[0] / d,
                                scale * ci[1] / d, complete, notes);
                    }
                }
                default -> {
                    if (d == 0) {
                        out.add(id, period, level, entityId, name, BLANK, d, NaN, NaN, NaN, ResultStatus.NO_DATA, notes);
                    } else if (below && d < 5) {
                        out.add(id, period, level, entityId, name, BLANK, d, NaN, NaN, NaN, ResultStatus.SUPPRESSED, notes);
                    } else {
                        int[] v = values[e];
                        int[] ranks = Intervals.medianRanks(v.length);
                        out.add(id, period, level, entityId, name, BLANK, d, Intervals.median(v, 0, v.length),
                                ranks == null ? NaN : v[ranks[0] - 1], ranks == null ? NaN : v[ranks[1] - 1], complete,
                                notes);
                    }
                }
            }
        }
    }

    /** The median values grouped by entity of a level, each group sorted. */
    private static int[][] medianValues(Partial t, int cell, int[] map, int size) {
        int n = t.medianSize[cell];
        int[] counts = new int[size];
        for (int i = 0; i < n; i++) {
            counts[map[t.medianSlots[cell][i]]]++;
        }
        int[][] values = new int[size][];
        for (int e = 0; e < size; e++) {
            values[e] = new int[counts[e]];
        }
        int[] fill = new int[size];
        for (int i = 0; i < n; i++) {
            int e = map[t.medianSlots[cell][i]];
            values[e][fill[e]++] = t.medianValues[cell][i];
        }
        for (int[] v : values) {
            Arrays.sort(v);
        }
        return values;
    }

    /** All levels. */
    public static Set<Level> allLevels() {
        return EnumSet.allOf(Level.class);
    }
}
