package org.childstat.indicators.scorecard.cases;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import org.childstat.indicators.cohort.Explanation;
import org.childstat.indicators.cohort.Indicators;
import org.childstat.indicators.core.indicator.Direction;
import org.childstat.indicators.core.indicator.IndicatorId;
import org.childstat.indicators.core.indicator.ReportingPeriod;
import org.childstat.indicators.core.model.CaseData;
import org.childstat.indicators.core.model.Level;
import org.childstat.indicators.core.model.OrgUnit;

/**
 * Case selection for review (spec/indicators.md §D): the children who count in the denominator
 * of an indicator for an entity, each with its outcome and explanation, and a reproducible sample
 * stratified by outcome, the cases that missed the outcome first.
 *
 * <p>Readings: a case "missed the outcome" when it landed on the worse side: not in the numerator
 * for an indicator where higher is better, in the numerator (or, for rates, with events) where
 * lower is better. A child is never drawn when its count is EXCLUDED (excluded children are not
 * listed). The list is sorted by child id; the sample shuffles each stratum with a seeded
 * generator (Fisher-Yates over {@link SplittableRandom}), so the same seed gives the same cases
 * whatever the order of the input. An entity is {@code LEVEL:ID}; the worker and unit of a case
 * are those it was attributed to, its office and bureau those of that unit. Stateless and
 * thread-safe.
 */
public final class CaseSelection {
    private CaseSelection() {
    }

    /**
     * One candidate case. Immutable.
     *
     * @param childId     the child
     * @param missed      whether it missed the outcome (the worse side)
     * @param explanation why it counted
     */
    public record Case(String childId, boolean missed, Explanation explanation) {
        public Case {
            Objects.requireNonNull(childId, "childId");
            Objects.requireNonNull(explanation, "explanation");
        }
    }

    /**
     * The candidates and the sample. Immutable.
     *
     * @param indicator  the indicator
     * @param period     the period
     * @param level      the entity's level
     * @param entityId   the entity
     * @param candidates every case in the entity's denominator, by child id
     * @param sample     the drawn cases, missed ones first
     */
    public record Selection(IndicatorId indicator, ReportingPeriod period, Level level, String entityId,
                            List<Case> candidates, List<Case> sample) {
        public Selection {
            candidates = List.copyOf(candidates);
            sample = List.copyOf(sample);
        }
    }

    /**
     * Lists the cases of an entity and draws {@code n} of them with {@code seed}.
     *
     * @throws IllegalArgumentException if n < 0
     */
    public static Selection select(CaseData data, IndicatorId indicator, ReportingPeriod period, Level level,
                                   String entityId, int n, long seed) {
        if (n < 0) {
            throw new IllegalArgumentException("n must be >= 0, got " + n);
        }
        Map<String, OrgUnit> units = new HashMap<>();
        for (OrgUnit u : data.orgUnits()) {
            units.put(u.unitId(), u);
        }
        List<Case> candidates = new ArrayList<>();
        for (Explanation e : Indicators.explainAll(data, indicator, period)) {
            if (e.status() == Explanation.Status.EXCLUDED || !belongs(e, level, entityId, units)) {
                continue;
            }
            boolean inNumerator = e.status() == Explanation.Status.IN_NUMERATOR;
            boolean missed = indicator.direction() == Direction.LOWER_IS_BETTER ? inNumerator : !inNumerator;
            candidates.add(new Case(e.childId(), missed, e));
        }
        candidates.sort(Comparator.comparing(Case::childId));
        SplittableRandom rng = new SplittableRandom(seed);
        List<Case> missed = shuffled(candidates.stream().filter(Case::missed).toList(), rng);
        List<Case> met = shuffled(candidates.stream().filter(c -> !c.missed()).toList(), rng);
        List<Case> sample = new ArrayList<>();
        for (List<Case> stratum : List.of(missed, met)) {
            for (Case c : stratum) {
                if (sample.size() < n) {
                    sample.add(c);
                }
            }
        }
        return new Selection(indicator, period, level, entityId, candidates, sample);
    }

    private static boolean belongs(Explanation e, Level level, String entityId, Map<String, OrgUnit> units) {
        if (e.workerId() == null) {
            return false;
        }
        OrgUnit unit = units.get(e.unitId());
        return switch (level) {
            case COUNTY -> true;
            case WORKER -> e.workerId().equals(entityId);
            case UNIT -> e.unitId().equals(entityId);
            case OFFICE -> unit == null ? entityId.equals("UNASSIGNED") : unit.officeId().equals(entityId);
            case BUREAU -> unit == null ? entityId.equals("UNASSIGNED") : unit.bureauId().equals(entityId);
        };
    }

    private static List<Case> shuffled(List<Case> cases, SplittableRandom rng) {
        List<Case> out = new ArrayList<>(cases);
        for (int i = out.size() - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            Case t = out.get(i);
            out.set(i, out.get(j));
            out.set(j, t);
        }
        return out;
    }
}
