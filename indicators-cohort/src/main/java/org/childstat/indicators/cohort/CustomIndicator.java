package org.childstat.indicators.cohort;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import org.childstat.indicators.core.indicator.AttributionRule;
import org.childstat.indicators.core.indicator.Direction;
import org.childstat.indicators.core.indicator.Domain;
import org.childstat.indicators.core.indicator.ExclusionReason;
import org.childstat.indicators.core.indicator.FollowUp;
import org.childstat.indicators.core.indicator.Indicator;
import org.childstat.indicators.core.indicator.IndicatorDefinition;
import org.childstat.indicators.core.indicator.IndicatorId;
import org.childstat.indicators.core.indicator.PopulationFamily;
import org.childstat.indicators.core.indicator.Unit;
import org.childstat.indicators.cohort.internal.CustomRule;
import org.childstat.indicators.core.model.DischargeReason;

/**
 * An agency's own indicator, computed by the same engine as the built-in ones
 * (docs/custom-indicators.md): its population is one of the {@link #FAMILIES} (the walk that
 * finds each child's member episode in a period), narrowed if needed by a predicate on the
 * member and its history; its exclusions are predicates with reason codes, applied in order;
 * its outcome is a predicate; its follow-up and attribution are those of its definition. Once
 * given to {@link CalculationOptions#withIndicator(Indicator)}, it gets what a built-in gets:
 * every period and level, suppression and status, explanations, exclusions.csv rows,
 * variation, trends and a scorecard column.
 *
 * <pre>{@code
 * CustomIndicator reunified6 = CustomIndicator.builder("REUNIFICATION_6M_ENTRY")
 *         .title("Reunification within 6 months of entry")
 *         .population("children entering care in the period; outcome: reunification within 6 months")
 *         .family(PopulationFamily.ENTRY_COHORT).domain(Domain.PERMANENCY)
 *         .direction(Direction.HIGHER_IS_BETTER).followUp(FollowUp.months(6))
 *         .attribution(AttributionRule.LONGEST_IN_WINDOW)
 *         .exclude(ExclusionReason.AGE_18_PLUS, m -> !m.removalDate().isBefore(m.eighteenthBirthday()))
 *         .outcome(m -> m.dischargeReason() == DischargeReason.REUNIFICATION
 *                 && m.dischargeDate().isBefore(m.removalDate().plusMonths(6)))
 *         .build();
 * }</pre>
 *
 * <p>A custom indicator is a percent: members in the denominator, members with the outcome in
 * the numerator. The rules run on the engine's threads, so they must not change shared state;
 * an exception in one ends the calculation. Immutable and thread-safe if its predicates are.
 */
public final class CustomIndicator implements Indicator {
    /** The population families a custom indicator can be defined on. */
    public static final Set<PopulationFamily> FAMILIES = Set.copyOf(EnumSet.of(PopulationFamily.ENTRY_COHORT,
            PopulationFamily.IN_CARE_ON_FIRST_DAY, PopulationFamily.EXIT_COHORT, PopulationFamily.SERVED_IN_PERIOD,
            PopulationFamily.POINT_IN_TIME));

    private final IndicatorDefinition definition;
    private final Set<DischargeReason> exits;
    private final boolean exitsChosen;
    private final Predicate<Member> where;
    private final List<Exclusion> exclusionRules;
    private final Predicate<Member> outcome;

    /**
     * One exclusion rule: members for whom {@code when} holds are set aside under {@code reason}.
     *
     * @param reason the code exclusions.csv writes
     * @param when   the condition
     */
    public record Exclusion(ExclusionReason reason, Predicate<Member> when) {
        /**
         * Checks the fields.
         *
         * @param reason the code
         * @param when   the condition
         * @throws NullPointerException if one is null
         */
        public Exclusion {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(when, "when");
        }
    }

    private CustomIndicator(Builder b) {
        this.exclusionRules = List.copyOf(b.exclusions);
        this.definition = b.definition.exclusions(exclusionRules.stream().map(Exclusion::reason)
                .toArray(ExclusionReason[]::new)).build();
        for (IndicatorId builtIn : IndicatorId.values()) {
            if (builtIn.name().equals(definition.id())) {
                throw new IllegalArgumentException("indicator id " + definition.id() + " is a built-in indicator's; "
                        + "choose another");
            }
        }
        if (!FAMILIES.contains(definition.family())) {
            throw new IllegalArgumentException("indicator " + definition.id() + ": a custom indicator's family is one of "
                    + FAMILIES.stream().sorted().toList() + "; " + definition.family() + " is not open to them yet");
        }
        if (definition.unit() != Unit.PERCENT) {
            throw new IllegalArgumentException("indicator " + definition.id() + ": a custom indicator is a PERCENT");
        }
        if (definition.attribution() == AttributionRule.EACH_DAY || definition.attribution() == AttributionRule.REPORT_WORKER) {
            throw new IllegalArgumentException("indicator " + definition.id() + ": attribution " + definition.attribution()
                    + " is for rates and reports; a custom indicator uses ON_DATE or LONGEST_IN_WINDOW");
        }
        if (b.exits != null && definition.family() != PopulationFamily.EXIT_COHORT) {
            throw new IllegalArgumentException("indicator " + definition.id() + ": exits(...) is for the EXIT_COHORT family");
        }
        if (b.outcome == null) {
            throw new IllegalArgumentException("indicator " + definition.id() + " has no outcome; call outcome(...) "
                    + "before build()");
        }
        this.exitsChosen = b.exits != null;
        this.exits = b.exits == null ? Set.copyOf(EnumSet.allOf(DischargeReason.class)) : Set.copyOf(b.exits);
        this.where = b.where;
        this.outcome = b.outcome;
    }

    /**
     * A builder for an indicator with this id.
     *
     * @param id the id: upper case letters, digits and underscores, not a built-in indicator's
     * @return a builder whose unit is PERCENT
     */
    public static Builder builder(String id) {
        return new Builder(id);
    }

    @Override
    public String id() {
        return definition.id();
    }

    @Override
    public IndicatorDefinition definition() {
        return definition;
    }

    /**
     * For the EXIT_COHORT family, the discharge reasons whose exits make the cohort: a child's
     * member is its first discharge in the period with one of them.
     *
     * @return the reasons; unless {@link Builder#exits} chose some, every reason (and an exit whose
     *         reason is missing is in the cohort too)
     */
    public Set<DischargeReason> exits() {
        return exits;
    }

    /**
     * The predicate that narrows the family's population.
     *
     * @return the predicate; members for whom it is false are not in the population
     */
    public Predicate<Member> where() {
        return where;
    }

    /**
     * The exclusion rules, in the order they apply.
     *
     * @return the rules
     */
    public List<Exclusion> exclusionRules() {
        return exclusionRules;
    }

    /**
     * The outcome.
     *
     * @return the predicate; members for whom it holds are in the numerator
     */
    public Predicate<Member> outcome() {
        return outcome;
    }

    /** This indicator as the engine runs it, under its index. */
    CustomRule rule(int index) {
        int mask = 0;
        if (exitsChosen) {
            for (DischargeReason r : exits) {
                mask |= 1 << Integer.parseInt(r.code());
            }
        } else {
            mask = ~0; // every exit, one with a missing reason too
        }
        return new CustomRule(index, definition.family(), mask, where,
                exclusionRules.stream().map(Exclusion::reason).toList(),
                exclusionRules.stream().map(Exclusion::when).toList(), outcome, definition.followUp());
    }

    @Override
    public String toString() {
        return definition.id();
    }

    /** Collects a custom indicator's definition and rules by name. Not thread-safe. */
    public static final class Builder {
        private final IndicatorDefinition.Builder definition;
        private final List<Exclusion> exclusions = new ArrayList<>();
        private Set<DischargeReason> exits;
        private Predicate<Member> where = m -> true;
        private Predicate<Member> outcome;

        private Builder(String id) {
            this.definition = IndicatorDefinition.builder(id).unit(Unit.PERCENT);
        }

        /**
         * The short human name.
         *
         * @param title e.g. "Reunification within 6 months of entry"
         * @return this builder
         */
        public Builder title(String title) {
            definition.title(title);
            return this;
        }

        /**
         * The population and outcome in one sentence, for indicators.csv and the page.
         *
         * @param population e.g. "children entering care in the period; outcome: ..."
         * @return this builder
         */
        public Builder population(String population) {
            definition.population(population);
            return this;
        }

        /**
         * The population's family (one of {@link #FAMILIES}).
         *
         * @param family the walk that finds the members
         * @return this builder
         */
        public Builder family(PopulationFamily family) {
            definition.family(family);
            return this;
        }

        /**
         * For EXIT_COHORT: the discharge reasons whose exits make the cohort.
         *
         * @param reasons the reasons, at least one
         * @return this builder
         * @throws IllegalArgumentException if none is given
         */
        public Builder exits(DischargeReason... reasons) {
            if (reasons.length == 0) {
                throw new IllegalArgumentException("name at least one discharge reason");
            }
            exits = EnumSet.of(reasons[0], reasons);
            return this;
        }

        /**
         * Narrows the family's population: members for whom the predicate is false are not in it
         * (neither counted nor excluded).
         *
         * @param predicate on the member and, through {@link Member#history()}, the child's history
         * @return this builder
         */
        public Builder where(Predicate<Member> predicate) {
            where = Objects.requireNonNull(predicate, "predicate");
            return this;
        }

        /**
         * Adds an exclusion rule, applied after those added before it.
         *
         * @param reason the code exclusions.csv writes
         * @param when   the condition
         * @return this builder
         */
        public Builder exclude(ExclusionReason reason, Predicate<Member> when) {
            exclusions.add(new Exclusion(reason, when));
            return this;
        }

        /**
         * The outcome.
         *
         * @param predicate true for members in the numerator
         * @return this builder
         */
        public Builder outcome(Predicate<Member> predicate) {
            outcome = Objects.requireNonNull(predicate, "predicate");
            return this;
        }

        /**
         * Which way is better.
         *
         * @param direction higher, lower or neutral
         * @return this builder
         */
        public Builder direction(Direction direction) {
            definition.direction(direction);
            return this;
        }

        /**
         * The scorecard's group.
         *
         * @param domain safety, permanency or well-being
         * @return this builder
         */
        public Builder domain(Domain domain) {
            definition.domain(domain);
            return this;
        }

        /**
         * How long after the period the outcome can still happen: results stay INCOMPLETE until
         * the extract covers it.
         *
         * @param followUp e.g. {@code FollowUp.months(6)}
         * @return this builder
         */
        public Builder followUp(FollowUp followUp) {
            definition.followUp(followUp);
            return this;
        }

        /**
         * The default attribution rule.
         *
         * @param rule {@link AttributionRule#ON_DATE} or {@link AttributionRule#LONGEST_IN_WINDOW}
         * @return this builder
         */
        public Builder attribution(AttributionRule rule) {
            definition.attribution(rule);
            return this;
        }

        /**
         * A standard the scorecard colours against, in percent (0 to 100).
         *
         * @param value the standard
         * @return this builder
         */
        public Builder standard(double value) {
            definition.nationalPerformance(value);
            return this;
        }

        /**
         * The indicator.
         *
         * @return the immutable indicator
         * @throws IllegalArgumentException naming what is missing or not valid
         */
        public CustomIndicator build() {
            return new CustomIndicator(this);
        }
    }
}
