package org.childstat.indicators.scorecard.variation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Indirect standardisation (docs/variation.md, Indirect standardisation): with the level's rate in
 * each stratum {@code r_s = Σ O_s / Σ D_s}, an entity's expected count is
 * {@code E = Σ_s D_(e,s) r_s}, its ratio {@code O/E} is compared against 1 on a funnel
 * ({@link Measure#RATIO}), and its risk-standardised value is {@code O/E} times the level's overall
 * rate. A worker carrying the hard cases is not flagged for carrying them. Entities whose expected
 * count is 0 (only strata where nobody had the outcome) cannot be compared and are left out of
 * {@link Result#tallies()}. Stateless and thread-safe.
 */
public final class IndirectStandardisation {
    private IndirectStandardisation() {
    }

    /**
     * One entity's tally in one stratum. Immutable.
     *
     * @param entityId    the entity
     * @param stratum     the stratum (any label)
     * @param numerator   children with the outcome, or events
     * @param denominator children, or exposure
     */
    public record StratumTally(String entityId, String stratum, double numerator, double denominator) {
        /**
         * Checks the tally.
         *
         * @param entityId    the entity
         * @param stratum     the stratum
         * @param numerator   children with the outcome, or events
         * @param denominator children, or exposure
         * @throws IllegalArgumentException if a count is negative or NaN
         */
        public StratumTally {
            Objects.requireNonNull(entityId, "entityId");
            Objects.requireNonNull(stratum, "stratum");
            if (!(numerator >= 0) || !(denominator >= 0)) {
                throw new IllegalArgumentException(entityId + "/" + stratum + ": counts must be >= 0");
            }
        }
    }

    /**
     * One entity standardised. Immutable.
     *
     * @param entityId     the entity
     * @param observed     O
     * @param expected     E
     * @param ratio        O/E (NaN when E = 0)
     * @param standardised O/E times the overall rate (as a proportion or events per unit of exposure)
     */
    public record Entity(String entityId, double observed, double expected, double ratio, double standardised) {
    }

    /**
     * The standardisation of a level. Immutable.
     *
     * @param overall      the level's overall rate
     * @param stratumRates the level's rate in each stratum
     * @param entities     one per entity, in first-seen order
     */
    public record Result(double overall, Map<String, Double> stratumRates, List<Entity> entities) {
        /**
         * Copies the map and the list.
         *
         * @param overall      the level's overall rate
         * @param stratumRates the level's rate in each stratum
         * @param entities     one per entity
         */
        public Result {
            stratumRates = Map.copyOf(stratumRates);
            entities = List.copyOf(entities);
        }

        /**
         * The tallies of a {@link Measure#RATIO} funnel against 1.
         *
         * @return (entity, O, E) per entity; entities with E = 0 left out
         */
        public List<Tally> tallies() {
            List<Tally> out = new ArrayList<>();
            for (Entity e : entities) {
                if (e.expected() > 0) {
                    out.add(new Tally(e.entityId(), e.observed(), e.expected()));
                }
            }
            return out;
        }
    }

    /**
     * Standardises the entities of a level from their stratified tallies.
     *
     * @param tallies every entity's tally in every stratum it has
     * @return the overall and stratum rates and each entity's O, E and ratio
     */
    public static Result of(List<StratumTally> tallies) {
        Map<String, double[]> strata = new LinkedHashMap<>();
        double o = 0, d = 0;
        for (StratumTally t : tallies) {
            double[] s = strata.computeIfAbsent(t.stratum(), k -> new double[2]);
            s[0] += t.numerator();
            s[1] += t.denominator();
            o += t.numerator();
            d += t.denominator();
        }
        double overall = d == 0 ? 0 : o / d;
        Map<String, Double> rates = new LinkedHashMap<>();
        strata.forEach((k, s) -> rates.put(k, s[1] == 0 ? 0 : s[0] / s[1]));
        Map<String, double[]> entities = new LinkedHashMap<>();
        for (StratumTally t : tallies) {
            double[] e = entities.computeIfAbsent(t.entityId(), k -> new double[2]);
            e[0] += t.numerator();
            e[1] += t.denominator() * rates.get(t.stratum());
        }
        List<Entity> out = new ArrayList<>();
        entities.forEach((id, e) -> {
            double ratio = e[1] == 0 ? Double.NaN : e[0] / e[1];
            out.add(new Entity(id, e[0], e[1], ratio, ratio * overall));
        });
        return new Result(overall, rates, out);
    }
}
