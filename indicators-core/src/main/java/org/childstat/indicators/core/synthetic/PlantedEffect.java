package org.childstat.indicators.core.synthetic;

import java.util.Objects;
import org.childstat.indicators.core.model.Level;

/**
 * A known difference planted in a synthetic county: the children whose case an entity carried at
 * removal (or at the report, for recurrence; for {@link Outcome#IN_HOME_ENTRY}, the families of
 * the office's units; for {@link Outcome#CASELOAD_REUNIFICATION}, level COUNTY, the children
 * removed anywhere by a worker above {@link SyntheticCounty#CASELOAD_LIMIT} children) had their
 * outcome's probability (or rate) multiplied by {@code factor}. Outlier detection should find these entities, and only these. Immutable and
 * thread-safe.
 *
 * @param level     the level of the entity (OFFICE, UNIT or WORKER)
 * @param entityId  the office, unit or worker
 * @param outcome   the outcome changed
 * @param baseline  the county's probability (or yearly rate, for moves) before the change
 * @param factor    the multiplier applied to it
 */
public record PlantedEffect(Level level, String entityId, Outcome outcome, double baseline, double factor) {
    /**
     * Checks the effect.
     *
     * @param level     the level of the entity (OFFICE, UNIT or WORKER)
     * @param entityId  the office, unit or worker
     * @param outcome   the outcome changed
     * @param baseline  the county's probability (or yearly rate, for moves) before the change
     * @param factor    the multiplier applied to it
     * @throws NullPointerException     if {@code level}, {@code entityId} or {@code outcome} is null
     * @throws IllegalArgumentException if {@code factor} is not above 0 (NaN included)
     */
    public PlantedEffect {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(entityId, "entityId");
        Objects.requireNonNull(outcome, "outcome");
        if (!(factor > 0)) {
            throw new IllegalArgumentException("factor must be > 0, got " + factor);
        }
    }

    /**
     * What the entity's children were generated with.
     *
     * @return {@code baseline * factor}: a probability, or for {@link Outcome#PLACEMENT_MOVES}
     *         moves per year in care
     */
    public double planted() {
        return baseline * factor;
    }

    /** The outcomes a synthetic county can plant differences in. */
    public enum Outcome {
        /** Probability that an episode ends in reunification (reason 1). */
        REUNIFICATION,
        /** Probability of re-entry within 12 months of a reunification or guardianship exit. */
        REENTRY,
        /** Placement moves per year in care. */
        PLACEMENT_MOVES,
        /** Probability of another victim report within 12 months of a victim report. */
        RECURRENCE,
        /**
         * Probability that a family gets an in-home services case in the year before a removal
         * (opened 20 to 330 days before it), so the share of in-home children entering care within
         * 12 months of the opening; planted for the office of the family's unit, whose workers
         * carry the in-home case. Baseline {@link SyntheticCounty#P_IN_HOME_BEFORE_REMOVAL}.
         */
        IN_HOME_ENTRY,
        /**
         * Probability that an episode ends in reunification when the worker at the removal carries
         * more than {@link SyntheticCounty#CASELOAD_LIMIT} children in care or served at home that
         * day; planted for the whole county (level COUNTY), only with
         * {@link SyntheticCounty.Options#caseloadEffect()}. Baseline {@link SyntheticCounty#P_REUNIFY}.
         */
        CASELOAD_REUNIFICATION
    }

    @Override
    public String toString() {
        return level + " " + entityId + ": " + outcome + " x" + factor + " (" + baseline + " -> " + planted() + ")";
    }
}
