package org.childstat.indicators.scorecard.variation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.childstat.indicators.cohort.Calculation;
import org.childstat.indicators.cohort.CalculationOptions;
import org.childstat.indicators.cohort.Indicators;
import org.childstat.indicators.core.indicator.IndicatorId;
import org.childstat.indicators.core.indicator.IndicatorResult;
import org.childstat.indicators.core.indicator.ReportingPeriod;
import org.childstat.indicators.core.indicator.Unit;
import org.childstat.indicators.core.model.CaseData;
import org.childstat.indicators.core.model.Level;
import org.childstat.indicators.core.model.OrgUnit;
import org.childstat.indicators.core.model.WorkerSpell;
import org.childstat.indicators.core.synthetic.PlantedEffect;
import org.childstat.indicators.core.synthetic.PlantedEffect.Outcome;
import org.childstat.indicators.core.synthetic.SyntheticCounty;

/**
 * How well each method finds the differences a synthetic county planted (issue 5): generates a
 * county, computes the indicator of each planted outcome for one period, compares the entities of
 * each level, and counts the planted entities flagged (on the planted side) and the others flagged
 * (false discoveries). Entities nested in a planted entity of the same outcome (the units and
 * workers of a planted office, the workers of a planted unit) are truly different too and are
 * counted in neither column. Prints a Markdown table, one row per outcome, level and method.
 *
 * <p>A measuring tool, not part of the command: it lives with the tests, and
 * {@link PlantedPowerTest} recomputes the table of docs/variation.md with it and checks every cell
 * the document states. Run (after {@code mvn -q -B -ntp -DskipTests package}, which compiles the
 * tests too): {@code java -cp indicators-scorecard/target/test-classes:indicators-scorecard/target/childstat.jar
 * org.childstat.indicators.scorecard.variation.PlantedPower 250000 20261124 FFY2025}
 */
public final class PlantedPower {
    /** The indicator of each planted outcome. */
    static final Map<Outcome, IndicatorId> INDICATOR = new EnumMap<>(Map.of(
            Outcome.REUNIFICATION, IndicatorId.REUNIFICATION_12M_ENTRY,
            Outcome.REENTRY, IndicatorId.CFSR4_REENTRY,
            Outcome.PLACEMENT_MOVES, IndicatorId.CFSR4_PLACEMENT_STABILITY,
            Outcome.RECURRENCE, IndicatorId.CFSR4_RECURRENCE));

    /** The county's as-of date: the end of FFY2026, as {@code childstat demo} and {@code synth}. */
    static final LocalDate AS_OF = LocalDate.of(2026, 9, 30);

    /** The methods compared, in the order of the document's columns. */
    enum Method {
        FUNNEL_998_NO_OVERDISPERSION, FUNNEL_998_ADDITIVE, BH_NO_OVERDISPERSION, BH_ADDITIVE, SHRINKAGE_95
    }

    /**
     * One method on one outcome's indicator at one level.
     *
     * @param entities       the entities with a denominator in the period
     * @param planted        those planted at this level for this outcome
     * @param plantedFlagged the planted ones flagged on the planted side
     * @param othersFlagged  flags on entities neither planted nor inside a planted entity
     * @param others         the entities neither planted nor inside a planted entity
     */
    record Row(Outcome outcome, IndicatorId indicator, Level level, int entities, int planted, Method method,
               int plantedFlagged, int othersFlagged, int others) {
    }

    private PlantedPower() {
    }

    public static void main(String[] args) {
        int children = args.length > 0 ? Integer.parseInt(args[0]) : 250_000;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 20_261_124L;
        ReportingPeriod period = ReportingPeriod.parse(args.length > 2 ? args[2] : "FFY2025");
        SyntheticCounty county = SyntheticCounty.generate(children, seed, AS_OF);
        System.out.print(table(county, period));
    }

    /** The Markdown table for a county and period. */
    static String table(SyntheticCounty county, ReportingPeriod period) {
        StringBuilder out = new StringBuilder();
        out.append(String.format("County: %,d children, seed %d, period %s; planted: %d effects.%n%n",
                county.data().childCount(), county.seed(), period.label(), county.truth().size()));
        out.append("| outcome (indicator) | level | entities | planted | method | planted flagged | others flagged |\n");
        out.append("|---|---|---|---|---|---|---|\n");
        for (Row r : rows(county, period, true)) {
            out.append(String.format("| %s (%s) | %s | %d | %d | %s | %d of %d | %d of %d |%n", r.outcome(),
                    r.indicator(), r.level(), r.entities(), r.planted(), r.method(), r.plantedFlagged(), r.planted(),
                    r.othersFlagged(), r.others()));
        }
        return out.toString();
    }

    /**
     * The rows of the table: per outcome (in {@link Outcome} order), level (office, unit, worker;
     * a level with fewer than 2 entities is left out) and method, with the exact guard of
     * {@link FunnelComparison.Options#withExactGuard} on or off.
     */
    static List<Row> rows(SyntheticCounty county, ReportingPeriod period, boolean exactGuard) {
        CaseData data = county.data();
        Calculation calc = Indicators.compute(data, List.of(period), CalculationOptions.defaults()
                .withIndicators(Set.copyOf(INDICATOR.values())));
        Map<String, String> unitOffice = new HashMap<>();
        for (OrgUnit u : data.orgUnits()) {
            unitOffice.put(u.unitId(), u.officeId());
        }
        Map<String, String> workerUnit = new HashMap<>();
        for (WorkerSpell s : data.workerSpells()) {
            workerUnit.putIfAbsent(s.workerId(), s.unitId());
        }
        List<Row> rows = new ArrayList<>();
        for (Outcome outcome : Outcome.values()) {
            IndicatorId id = INDICATOR.get(outcome);
            for (Level level : List.of(Level.OFFICE, Level.UNIT, Level.WORKER)) {
                Map<String, Integer> planted = new HashMap<>(); // entity -> direction (+1 higher, -1 lower)
                Set<String> nested = new HashSet<>();
                for (PlantedEffect p : county.truth()) {
                    if (p.outcome() != outcome) {
                        continue;
                    }
                    int direction = higherValue(outcome, p.factor());
                    if (p.level() == level) {
                        planted.put(p.entityId(), direction);
                    }
                    nested.addAll(descendants(p, level, unitOffice, workerUnit));
                }
                List<Tally> tallies = new ArrayList<>();
                for (IndicatorResult r : calc.results().level(id, period, level)) {
                    if (!r.entityId().equals("UNASSIGNED") && r.denominator() != null && r.denominator() > 0
                            && r.numerator() != null) {
                        tallies.add(new Tally(r.entityId(), r.numerator(), r.denominator()));
                    }
                }
                if (tallies.size() < 2) {
                    continue;
                }
                Measure measure = id.unit() == Unit.RATE ? Measure.RATE : Measure.PERCENT;
                double scale = id.unit() == Unit.RATE ? id.scale() : 100;
                FunnelComparison.Options base = FunnelComparison.Options.defaults(measure, scale)
                        .withExactGuard(exactGuard);
                FunnelComparison.Result none = FunnelComparison.compare(tallies,
                        base.withOverdispersion(Overdispersion.Method.NONE));
                FunnelComparison.Result additive = FunnelComparison.compare(tallies, base);
                int plantedHere = (int) tallies.stream().filter(t -> planted.containsKey(t.entityId())).count();
                int others = (int) tallies.stream().filter(t -> !planted.containsKey(t.entityId())
                        && !nested.contains(t.entityId())).count();
                for (Method m : Method.values()) {
                    FunnelComparison.Result r = m == Method.FUNNEL_998_NO_OVERDISPERSION || m == Method.BH_NO_OVERDISPERSION
                            ? none : additive;
                    int hits = 0, false_ = 0;
                    for (FunnelComparison.Row row : r.rows()) {
                        int side = flag(m, row, r.target() * scale);
                        String e = row.tally().entityId();
                        if (side == 0 || nested.contains(e) && !planted.containsKey(e)) {
                            continue;
                        }
                        if (planted.containsKey(e)) {
                            hits += planted.get(e) == side ? 1 : 0;
                        } else {
                            false_++;
                        }
                    }
                    rows.add(new Row(outcome, id, level, tallies.size(), plantedHere, m, hits, false_, others));
                }
            }
        }
        return rows;
    }

    /** +1 if the planted factor makes the indicator's value higher, -1 if lower. */
    static int higherValue(Outcome outcome, double factor) {
        return factor > 1 ? 1 : -1;
    }

    /** The side a method flags a row on: +1 high, -1 low, 0 none. */
    static int flag(Method m, FunnelComparison.Row row, double target) {
        switch (m) {
            case FUNNEL_998_NO_OVERDISPERSION:
            case FUNNEL_998_ADDITIVE:
                return row.band() == FunnelComparison.Band.HIGH_998 ? 1 : row.band() == FunnelComparison.Band.LOW_998 ? -1 : 0;
            case BH_NO_OVERDISPERSION:
            case BH_ADDITIVE:
                return row.flag().equals("HIGH") ? 1 : row.flag().equals("LOW") ? -1 : 0;
            default:
                return row.shrunkLower() > target ? 1 : row.shrunkUpper() < target ? -1 : 0;
        }
    }

    /** Entities at a level below a planted entity (its units and workers), and the planted one's own level excluded. */
    static Set<String> descendants(PlantedEffect p, Level level, Map<String, String> unitOffice,
                                   Map<String, String> workerUnit) {
        Set<String> out = new HashSet<>();
        if (p.level() == Level.OFFICE && level == Level.UNIT) {
            unitOffice.forEach((u, o) -> {
                if (o.equals(p.entityId())) {
                    out.add(u);
                }
            });
        } else if (p.level() == Level.OFFICE && level == Level.WORKER) {
            workerUnit.forEach((w, u) -> {
                if (p.entityId().equals(unitOffice.get(u))) {
                    out.add(w);
                }
            });
        } else if (p.level() == Level.UNIT && level == Level.WORKER) {
            workerUnit.forEach((w, u) -> {
                if (u.equals(p.entityId())) {
                    out.add(w);
                }
            });
        }
        return out;
    }
}
