package org.childstat.indicators.scorecard.cli;

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
import org.childstat.indicators.scorecard.variation.FunnelComparison;
import org.childstat.indicators.scorecard.variation.Measure;
import org.childstat.indicators.scorecard.variation.Overdispersion;
import org.childstat.indicators.scorecard.variation.Tally;

/**
 * How well each method finds the differences a synthetic county planted (issue 5): generates a
 * county, computes the indicator of each planted outcome for one period, compares the entities of
 * each level, and counts the planted entities flagged (on the planted side) and the others flagged
 * (false discoveries). Entities nested in a planted entity of the same outcome (the units and
 * workers of a planted office, the workers of a planted unit) are truly different too and are
 * counted in neither column. Prints a Markdown table.
 *
 * <p>Run: {@code java -cp indicators-scorecard/target/childstat.jar
 * org.childstat.indicators.scorecard.cli.PlantedPower 250000 20261124 FFY2025}
 */
public final class PlantedPower {
    static final Map<Outcome, IndicatorId> INDICATOR = new EnumMap<>(Map.of(
            Outcome.REUNIFICATION, IndicatorId.REUNIFICATION_12M_ENTRY,
            Outcome.REENTRY, IndicatorId.CFSR4_REENTRY,
            Outcome.PLACEMENT_MOVES, IndicatorId.CFSR4_PLACEMENT_STABILITY,
            Outcome.RECURRENCE, IndicatorId.CFSR4_RECURRENCE));

    /** The methods compared: a name and whether it flags a row, and on which side. */
    enum Method {
        FUNNEL_998_NO_OVERDISPERSION, FUNNEL_998_ADDITIVE, BH_NO_OVERDISPERSION, BH_ADDITIVE, SHRINKAGE_95
    }

    private PlantedPower() {
    }

    public static void main(String[] args) {
        int children = args.length > 0 ? Integer.parseInt(args[0]) : 250_000;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 20_261_124L;
        ReportingPeriod period = ReportingPeriod.parse(args.length > 2 ? args[2] : "FFY2025");
        SyntheticCounty county = SyntheticCounty.generate(children, seed, Childstat.DEFAULT_AS_OF);
        System.out.print(table(county, period));
    }

    /** The Markdown table for a county and period. */
    static String table(SyntheticCounty county, ReportingPeriod period) {
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
        StringBuilder out = new StringBuilder();
        out.append(String.format("County: %,d children, seed %d, period %s; planted: %d effects.%n%n",
                data.childCount(), county.seed(), period.label(), county.truth().size()));
        out.append("| outcome (indicator) | level | entities | planted | method | planted flagged | others flagged |\n");
        out.append("|---|---|---|---|---|---|---|\n");
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
                FunnelComparison.Options base = FunnelComparison.Options.defaults(measure, scale);
                FunnelComparison.Result none = FunnelComparison.compare(tallies,
                        base.withOverdispersion(Overdispersion.Method.NONE));
                FunnelComparison.Result additive = FunnelComparison.compare(tallies, base);
                long plantedHere = tallies.stream().filter(t -> planted.containsKey(t.entityId())).count();
                long others = tallies.stream().filter(t -> !planted.containsKey(t.entityId())
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
                    out.append(String.format("| %s (%s) | %s | %d | %d | %s | %d of %d | %d of %d |%n", outcome, id,
                            level, tallies.size(), plantedHere, m, hits, plantedHere, false_, others));
                }
            }
        }
        return out.toString();
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
