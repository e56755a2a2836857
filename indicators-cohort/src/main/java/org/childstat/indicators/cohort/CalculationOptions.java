package org.childstat.indicators.cohort;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.childstat.indicators.core.indicator.AttributionRule;
import org.childstat.indicators.core.indicator.Indicator;
import org.childstat.indicators.core.indicator.IndicatorId;
import org.childstat.indicators.core.indicator.Unit;
import org.childstat.indicators.core.model.Level;

/**
 * What to compute and how: the indicators, the levels, each indicator's attribution rule, the
 * spec's configurable decisions, and the number of threads. {@link #defaults()} is every
 * built-in indicator at every level with the spec's defaults on all cores. Custom indicators
 * ({@link CustomIndicator}) join with {@link #withIndicator(Indicator)}. Immutable and
 * thread-safe; {@code withX} methods return a copy with one change.
 */
public final class CalculationOptions {
    /** Built-in ones in catalogue order, then custom ones in the order given. */
    private final Set<Indicator> indicators;
    private final Set<Level> levels;
    private final Map<Indicator, AttributionRule> attribution;
    private final boolean adjustTrialHomeVisitForRelatives;
    private final boolean excludeMissingReasonInP2P3;
    private final int parallelism;

    private CalculationOptions(Collection<? extends Indicator> indicators, Set<Level> levels,
                               Map<Indicator, AttributionRule> attribution, boolean adjustTrialHomeVisitForRelatives,
                               boolean excludeMissingReasonInP2P3, int parallelism) {
        this.indicators = ordered(indicators);
        this.levels = Set.copyOf(levels);
        this.attribution = Map.copyOf(attribution);
        this.adjustTrialHomeVisitForRelatives = adjustTrialHomeVisitForRelatives;
        this.excludeMissingReasonInP2P3 = excludeMissingReasonInP2P3;
        this.parallelism = parallelism;
    }

    /**
     * Every indicator, every level, the spec's defaults, as many threads as cores.
     *
     * @return the default options
     */
    public static CalculationOptions defaults() {
        return new CalculationOptions(List.of(IndicatorId.values()), Set.of(Level.values()), Map.of(), false,
                false, Runtime.getRuntime().availableProcessors());
    }

    /**
     * Only these indicators.
     *
     * @param ids the indicators to compute: built-in ones and {@link CustomIndicator}s
     * @return options with those indicators and everything else unchanged
     * @throws IllegalArgumentException if {@code ids} is empty, holds two indicators with one id, or an
     *                                  indicator that is neither built in nor a {@link CustomIndicator}
     */
    public CalculationOptions withIndicators(Collection<? extends Indicator> ids) {
        if (ids.isEmpty()) {
            throw new IllegalArgumentException("at least one indicator is needed");
        }
        return new CalculationOptions(ids, levels, attribution, adjustTrialHomeVisitForRelatives,
                excludeMissingReasonInP2P3, parallelism);
    }

    /**
     * One more indicator, beside those already chosen (e.g. a {@link CustomIndicator} next to
     * every built-in one).
     *
     * @param indicator the indicator to add
     * @return options with it and everything else unchanged
     * @throws IllegalArgumentException if another chosen indicator has its id, or it is neither built in
     *                                  nor a {@link CustomIndicator}
     */
    public CalculationOptions withIndicator(Indicator indicator) {
        List<Indicator> more = new ArrayList<>(indicators);
        more.add(Objects.requireNonNull(indicator, "indicator"));
        return withIndicators(more);
    }

    /** Built-in indicators in catalogue order, then custom ones in the order given; ids distinct. */
    private static Set<Indicator> ordered(Collection<? extends Indicator> ids) {
        Set<Indicator> out = new LinkedHashSet<>();
        for (IndicatorId id : IndicatorId.values()) {
            if (ids.contains(id)) {
                out.add(id);
            }
        }
        Map<String, Indicator> byId = new HashMap<>();
        for (Indicator i : ids) {
            Objects.requireNonNull(i, "indicator");
            if (!(i instanceof IndicatorId) && !(i instanceof CustomIndicator)) {
                throw new IllegalArgumentException("indicator " + i.id() + " is a " + i.getClass().getName()
                        + "; the engine has rules only for IndicatorId and CustomIndicator");
            }
            Indicator other = byId.putIfAbsent(i.id(), i);
            if (other != null && other != i) {
                throw new IllegalArgumentException("two indicators have the id " + i.id());
            }
            out.add(i);
        }
        return Collections.unmodifiableSet(out);
    }

    /**
     * Only these levels (the county is always computed).
     *
     * @param chosen the levels below the county to compute
     * @return options with those levels and everything else unchanged
     */
    public CalculationOptions withLevels(Set<Level> chosen) {
        return new CalculationOptions(indicators, chosen, attribution, adjustTrialHomeVisitForRelatives,
                excludeMissingReasonInP2P3, parallelism);
    }

    /**
     * Another attribution rule for one indicator (docs/input-files.md, attribution).
     * {@code EACH_DAY} is for the rates only; for a rate, any other rule attributes all of an
     * episode's days and events to one worker.
     *
     * @param id   the indicator
     * @param rule the rule to use for it instead of its default
     * @return options with that rule and everything else unchanged
     * @throws IllegalArgumentException for EACH_DAY on an indicator that is not a rate, and for
     *                                  any change to an indicator that counts workers (CASELOAD,
     *                                  WORKER_TURNOVER: each worker is itself) or to WORKER_SPELL
     */
    public CalculationOptions withAttribution(Indicator id, AttributionRule rule) {
        Objects.requireNonNull(rule, "rule");
        if (id.countsWorkers() && rule != AttributionRule.WORKER_SPELL) {
            throw new IllegalArgumentException(id.id() + " counts workers, each in the unit of its own spell: its "
                    + "attribution (WORKER_SPELL) cannot be changed");
        }
        if (rule == AttributionRule.WORKER_SPELL && !id.countsWorkers()) {
            throw new IllegalArgumentException("WORKER_SPELL attributes workers, not children; " + id.id()
                    + " counts " + id.countedIn());
        }
        if (rule == AttributionRule.EACH_DAY && id.unit() != Unit.RATE) {
            throw new IllegalArgumentException("EACH_DAY attributes days of a rate; " + id + " is a " + id.unit());
        }
        Map<Indicator, AttributionRule> copy = new HashMap<>();
        copy.putAll(attribution);
        copy.put(id, rule);
        return new CalculationOptions(indicators, levels, copy, adjustTrialHomeVisitForRelatives,
                excludeMissingReasonInP2P3, parallelism);
    }

    /**
     * The spec's option on CFSR4_P1: also apply the trial-home-visit adjustment to discharges to
     * relatives (reason 2). Default false: the Round 4 Data Dictionary (footnote 3) names
     * reunification only (docs/indicators.md, Entry point).
     *
     * @param on whether to apply the adjustment to relatives too
     * @return options with that choice and everything else unchanged
     */
    public CalculationOptions withTrialHomeVisitAdjustmentForRelatives(boolean on) {
        return new CalculationOptions(indicators, levels, attribution, on, excludeMissingReasonInP2P3, parallelism);
    }

    /**
     * The spec's option {@code EXCLUDE_MISSING_REASON} on CFSR4_P2 and P3 (and C3.1): exclude a
     * child discharged in the period with no reason, as R4 does. Default false: such a child stays
     * in the denominator as a non-permanency exit (docs/indicators.md, Readings the spec leaves
     * open).
     *
     * @param on whether to exclude such children
     * @return options with that choice and everything else unchanged
     */
    public CalculationOptions withExcludeMissingReasonInP2P3(boolean on) {
        return new CalculationOptions(indicators, levels, attribution, adjustTrialHomeVisitForRelatives, on, parallelism);
    }

    /**
     * Threads to use (1 runs on the calling thread).
     *
     * @param threads the number of threads, at least 1
     * @return options with that parallelism and everything else unchanged
     * @throws IllegalArgumentException if {@code threads < 1}
     */
    public CalculationOptions withParallelism(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("parallelism must be >= 1, got " + threads);
        }
        return new CalculationOptions(indicators, levels, attribution, adjustTrialHomeVisitForRelatives,
                excludeMissingReasonInP2P3, threads);
    }

    /**
     * The indicators to compute.
     *
     * @return an unmodifiable set: built-in indicators in catalogue order, then custom ones in the order given
     */
    public Set<Indicator> indicators() {
        return indicators;
    }

    /**
     * The levels to compute (the county is computed whatever this holds).
     *
     * @return an unmodifiable set
     */
    public Set<Level> levels() {
        return levels;
    }

    /**
     * The rule of an indicator: the chosen one, else its default.
     *
     * @param id the indicator
     * @return the attribution rule it uses
     */
    public AttributionRule attribution(Indicator id) {
        return attribution.getOrDefault(id, id.defaultAttribution());
    }

    /**
     * Whether CFSR4_P1's trial-home-visit adjustment also applies to discharges to relatives.
     *
     * @return the choice; false by default
     */
    public boolean adjustTrialHomeVisitForRelatives() {
        return adjustTrialHomeVisitForRelatives;
    }

    /**
     * Whether CFSR4_P2 and P3 exclude a child discharged in the period with no reason.
     *
     * @return the choice; false by default
     */
    public boolean excludeMissingReasonInP2P3() {
        return excludeMissingReasonInP2P3;
    }

    /**
     * The number of threads.
     *
     * @return at least 1
     */
    public int parallelism() {
        return parallelism;
    }

    /** The rule of each indicator of a list (the engine's indexes). */
    AttributionRule[] attributionArray(List<Indicator> all) {
        return all.stream().map(this::attribution).toArray(AttributionRule[]::new);
    }

    @Override
    public String toString() {
        return "CalculationOptions[indicators=" + indicators.size() + ", levels=" + levels + ", attribution="
                + attribution + ", thvForRelatives=" + adjustTrialHomeVisitForRelatives + ", excludeMissingReasonP2P3="
                + excludeMissingReasonInP2P3 + ", parallelism=" + parallelism + "]";
    }
}
