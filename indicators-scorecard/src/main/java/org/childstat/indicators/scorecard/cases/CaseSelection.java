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
import org.childstat.indicators.core.indicator.Indicator;
import org.childstat.indicators.core.indicator.ReportingPeriod;
import org.childstat.indicators.core.model.CaseData;
import org.childstat.indicators.core.model.Level;
import org.childstat.indicators.core.model.OrgUnit;

/**
 * Case selection for review (docs/indicators.md, Drawing cases for review): the children who
 * count in the denominator
 * of an indicator for an entity, each with its outcome and explanation, and a reproducible sample
 * stratified by outcome, the cases that missed the outcome first.
 *
 * <p>Readings: a case "missed the outcome" when it landed on the worse side: not in the numerator
 * for an indicator where higher is better, in the numerator (or, for rates, with events) where
 * lower is better. A child whose own outcome can still happen after the extract date (in the
 * denominator without the outcome, its own 12-month window still open: {@link
 * Explanation#pending}) is {@code PENDING}, never "missed": it is listed as such and drawn only
 * when the missed and met cases are exhausted. A child is never drawn when its count is EXCLUDED
 * (excluded children are not listed). For a case-level indicator ({@link Indicator#caseLevel()}:
 * IN_HOME_OPEN_18M_PLUS) the unit listed and drawn is the in-home case, one per case, with
 * {@link Case#caseId()} and {@link Case#children()} set; its "missed" stratum, drawn first, is
 * the cases in the numerator (open 18+ months: lower is better), as for any lower-is-better
 * indicator. The list is sorted by {@link Case#key()} (case id, else child id); the sample shuffles each stratum with a seeded
 * generator (Fisher-Yates over {@link SplittableRandom}), so the same seed gives the same cases
 * whatever the order of the input. An entity is {@code LEVEL:ID}; the worker and unit of a case
 * are those it was attributed to, its office and bureau those of that unit. Stateless and
 * thread-safe.
 */
public final class CaseSelection {
    private CaseSelection() {
    }

    /** A case's outcome for review, in the order the sample draws them. */
    public enum Outcome {
        /** On the worse side. */
        MISSED,
        /** On the better side. */
        MET,
        /** Its own outcome can still happen: neither missed nor met yet. */
        PENDING;

        /**
         * The outcome as the command writes it.
         *
         * @return {@code missed}, {@code met} or {@code pending}
         */
        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * One candidate case. Immutable.
     *
     * @param childId     the child
     * @param outcome     missed, met or pending
     * @param explanation why it counted
     * @param caseId      for a case-level indicator ({@link Indicator#caseLevel()}, e.g.
     *                    IN_HOME_OPEN_18M_PLUS) the in-home case listed and drawn, else null
     * @param children    for a case-level indicator the ids of the case's rows, first row first
     *                    ({@link CaseData#inHomeCase}); empty for a child-level indicator
     */
    public record Case(String childId, Outcome outcome, Explanation explanation, String caseId,
                       List<String> children) {
        /**
         * Checks the components and copies the children.
         *
         * @param childId     the child (for a case: the child of its first row)
         * @param outcome     missed, met or pending
         * @param explanation why it counted
         * @param caseId      the case, or null for a child-level indicator
         * @param children    the case's children, first row first (empty for a child)
         * @throws NullPointerException if childId, outcome, explanation or children is null
         */
        public Case {
            Objects.requireNonNull(childId, "childId");
            Objects.requireNonNull(outcome, "outcome");
            Objects.requireNonNull(explanation, "explanation");
            children = List.copyOf(children);
        }

        /**
         * A child-level case (no in-home case, no children).
         *
         * @param childId     the child
         * @param outcome     missed, met or pending
         * @param explanation why it counted
         */
        public Case(String childId, Outcome outcome, Explanation explanation) {
            this(childId, outcome, explanation, null, List.of());
        }

        /**
         * The stable sort key of the list: the case id for a case-level indicator, else the child id.
         *
         * @return the case id, or the child id when there is no case
         */
        public String key() {
            return caseId != null ? caseId : childId;
        }

        /**
         * Whether it missed the outcome (the worse side).
         *
         * @return true for {@link Outcome#MISSED}
         */
        public boolean missed() {
            return outcome == Outcome.MISSED;
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
     * @param sample     the drawn cases: missed ones first, pending ones last
     */
    public record Selection(Indicator indicator, ReportingPeriod period, Level level, String entityId,
                            List<Case> candidates, List<Case> sample) {
        /**
         * Copies the lists.
         *
         * @param indicator  the indicator
         * @param period     the period
         * @param level      the entity's level
         * @param entityId   the entity
         * @param candidates every case in the entity's denominator
         * @param sample     the drawn cases
         */
        public Selection {
            candidates = List.copyOf(candidates);
            sample = List.copyOf(sample);
        }
    }

    /**
     * Lists the cases of an entity and draws {@code n} of them with {@code seed}.
     *
     * @param data      the extract
     * @param indicator the indicator
     * @param period    the period
     * @param level     the entity's level
     * @param entityId  the entity
     * @param n         how many cases to draw
     * @param seed      the seed of the draw (the same seed draws the same cases)
     * @return the entity's candidates and the sample
     * @throws IllegalArgumentException if {@code n < 0}
     */
    public static Selection select(CaseData data, Indicator indicator, ReportingPeriod period, Level level,
                                   String entityId, int n, long seed) {
        return selectAll(data, indicator, period, List.of(level + ":" + entityId), n, seed).get(level + ":" + entityId);
    }

    /**
     * The selections of many entities of one indicator and period, from one pass over the
     * children ({@link Indicators#explainAll}); each is what {@link #select} gives that entity.
     *
     * @param data      the extract
     * @param indicator the indicator
     * @param period    the period
     * @param entities  {@code LEVEL:ID} keys, e.g. {@code OFFICE:O03}
     * @param n         how many cases to draw for each entity
     * @param seed      the seed of the draws
     * @return the selection of each key, in the order given
     * @throws IllegalArgumentException if {@code n < 0} or a key is not {@code LEVEL:ID}
     */
    public static Map<String, Selection> selectAll(CaseData data, Indicator indicator, ReportingPeriod period,
                                                   java.util.Collection<String> entities, int n, long seed) {
        if (n < 0) {
            throw new IllegalArgumentException("n must be >= 0, got " + n);
        }
        Map<String, List<Case>> byEntity = new java.util.LinkedHashMap<>();
        for (String key : entities) {
            int colon = key.indexOf(':');
            if (colon < 0) {
                throw new IllegalArgumentException("expected LEVEL:ID, got '" + key + "'");
            }
            Level.valueOf(key.substring(0, colon));
            byEntity.put(key, new ArrayList<>());
        }
        Map<String, OrgUnit> units = new HashMap<>();
        Map<String, String> officeBureau = new HashMap<>();
        for (OrgUnit u : data.orgUnits()) {
            units.putIfAbsent(u.unitId(), u);
            officeBureau.putIfAbsent(u.officeId(), u.bureauId()); // an office's first row names its bureau
        }
        for (Explanation e : Indicators.explainAll(data, indicator, period)) {
            if (e.status() == Explanation.Status.EXCLUDED || e.workerId() == null) {
                continue;
            }
            boolean inNumerator = e.status() == Explanation.Status.IN_NUMERATOR;
            Outcome outcome = e.pending(data.asOf()) ? Outcome.PENDING
                    : (indicator.direction() == Direction.LOWER_IS_BETTER ? inNumerator : !inNumerator) ? Outcome.MISSED
                    : Outcome.MET;
            Case c = null;
            OrgUnit unit = units.get(e.unitId());
            for (Level level : Level.values()) {
                List<Case> list = byEntity.get(level + ":" + entityOf(e, level, unit, officeBureau));
                if (list != null) {
                    if (c == null) {
                        c = indicator.caseLevel() && e.caseId() != null
                                ? new Case(e.childId(), outcome, e, e.caseId(), childrenOf(data, e.caseId()))
                                : new Case(e.childId(), outcome, e);
                    }
                    list.add(c);
                }
            }
        }
        Map<String, Selection> out = new java.util.LinkedHashMap<>();
        byEntity.forEach((key, candidates) -> {
            int colon = key.indexOf(':');
            out.put(key, draw(indicator, period, Level.valueOf(key.substring(0, colon)), key.substring(colon + 1),
                    candidates, n, seed));
        });
        return out;
    }

    private static Selection draw(Indicator indicator, ReportingPeriod period, Level level, String entityId,
                                  List<Case> candidates, int n, long seed) {
        candidates.sort(Comparator.comparing(Case::key).thenComparing(Case::childId));
        SplittableRandom rng = new SplittableRandom(seed);
        List<Case> sample = new ArrayList<>();
        for (Outcome o : Outcome.values()) { // missed, then met, then pending
            List<Case> stratum = shuffled(candidates.stream().filter(c -> c.outcome() == o).toList(), rng);
            for (Case c : stratum) {
                if (sample.size() < n) {
                    sample.add(c);
                }
            }
        }
        return new Selection(indicator, period, level, entityId, candidates, sample);
    }

    /**
     * The entity of a level an attributed case belongs to: its unit's office, and that office's
     * bureau as the office's first org_units row gives it (INCONSISTENT_ORG, docs/data-quality.md),
     * as the engine counts it.
     */
    private static String entityOf(Explanation e, Level level, OrgUnit unit, Map<String, String> officeBureau) {
        return switch (level) {
            case COUNTY -> "COUNTY";
            case WORKER -> e.workerId();
            case UNIT -> e.unitId();
            case OFFICE -> unit == null ? "UNASSIGNED" : unit.officeId();
            case BUREAU -> unit == null ? "UNASSIGNED" : officeBureau.get(unit.officeId());
        };
    }

    /** The ids of a case's rows, first row first, each once. */
    private static List<String> childrenOf(CaseData data, String caseId) {
        java.util.LinkedHashSet<String> ids = new java.util.LinkedHashSet<>();
        for (org.childstat.indicators.core.model.InHomeCase row : data.inHomeCase(caseId)) {
            ids.add(row.childId());
        }
        return List.copyOf(ids);
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
