package org.childstat.indicators.core.indicator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.regex.Pattern;

/**
 * What the spec says of one indicator (docs/indicators.md), as one immutable value with named
 * fields: its id and name, the population and outcome in one sentence, unit and scale, which way
 * is better, the population family whose walk finds its members, its exclusions in the order the
 * rules apply them, its follow-up, its default attribution, the national standard, the domain the
 * scorecard shows it under, and the optional input it needs. The engine's flags (report-level,
 * episode-level, point-in-time) follow from the family. Built with {@link #builder(String)}:
 *
 * <pre>{@code
 * IndicatorDefinition d = IndicatorDefinition.builder("REUNIFICATION_6M_ENTRY")
 *         .title("Reunification within 6 months of entry")
 *         .population("children entering care in the period; outcome: reunification within 6 months")
 *         .unit(Unit.PERCENT).direction(Direction.HIGHER_IS_BETTER)
 *         .family(PopulationFamily.ENTRY_COHORT).domain(Domain.PERMANENCY)
 *         .exclusions(ExclusionReason.AGE_18_PLUS, ExclusionReason.STAY_UNDER_8_DAYS)
 *         .followUp(FollowUp.months(6)).attribution(AttributionRule.LONGEST_IN_WINDOW)
 *         .build();
 * }</pre>
 * The built-in indicators' definitions are {@link IndicatorId#definition()}.
 *
 * @param id                  the id, upper case letters, digits and underscores, starting with a letter (at most 64)
 * @param title               a short human name, for tables and charts
 * @param population          the population and outcome in one sentence (indicators.csv's {@code population})
 * @param unit                what the value is
 * @param scale               days per rate unit (1,000 for moves per 1,000 days); 1 for all but rates
 * @param direction           which way is better
 * @param family              the family of the population
 * @param domain              the scorecard's group
 * @param exclusions          the exclusion rules, in the order the rule applies them (the first that applies counts)
 * @param followUp            how long after the period the outcome can still happen
 * @param attribution         the default attribution rule (docs/input-files.md, Attribution rules)
 * @param nationalPerformance the national standard in the value's unit, or empty
 * @param needs               the optional input file the indicator needs, or {@link Needs#NOTHING}
 */
public record IndicatorDefinition(String id, String title, String population, Unit unit, int scale,
                                  Direction direction, PopulationFamily family, Domain domain,
                                  List<ExclusionReason> exclusions, FollowUp followUp, AttributionRule attribution,
                                  OptionalDouble nationalPerformance, Needs needs) {
    private static final Pattern ID = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");

    /**
     * Checks every field.
     *
     * @param id                  the id
     * @param title               the name
     * @param population          the population sentence
     * @param unit                the unit
     * @param scale               days per rate unit
     * @param direction           which way is better
     * @param family              the family
     * @param domain              the domain
     * @param exclusions          the exclusion rules in order
     * @param followUp            the follow-up
     * @param attribution         the default attribution rule
     * @param nationalPerformance the national standard, or empty
     * @param needs               the optional input needed
     * @throws NullPointerException     if a field is null
     * @throws IllegalArgumentException naming the field, if one is not valid
     */
    public IndicatorDefinition {
        Objects.requireNonNull(id, "id");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("indicator id '" + id + "' is not valid: upper case letters, digits and "
                    + "underscores, starting with a letter, at most 64");
        }
        title = text(id, "title", title);
        population = text(id, "population", population);
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(domain, "domain");
        Objects.requireNonNull(followUp, "followUp");
        Objects.requireNonNull(attribution, "attribution");
        Objects.requireNonNull(nationalPerformance, "nationalPerformance");
        Objects.requireNonNull(needs, "needs");
        exclusions = List.copyOf(exclusions);
        if (new HashSet<>(exclusions).size() != exclusions.size()) {
            throw new IllegalArgumentException(id + ": an exclusion is listed twice: " + exclusions);
        }
        if (scale < 1 || (scale != 1 && unit != Unit.RATE)) {
            throw new IllegalArgumentException(id + ": scale " + scale + " is not valid; a rate's is 1 or more, "
                    + "every other unit's is 1");
        }
        if (nationalPerformance.isPresent() && domain == Domain.WORKFORCE) {
            throw new IllegalArgumentException(id + ": a workforce indicator is context and has no standard");
        }
        if (nationalPerformance.isPresent() && !Double.isFinite(nationalPerformance.getAsDouble())) {
            throw new IllegalArgumentException(id + ": the national performance must be a finite number");
        }
        if (unit == Unit.RATE && family.countsReports()) {
            throw new IllegalArgumentException(id + ": a rate counts days in care; " + family + " counts referrals");
        }
        if ((unit == Unit.RATIO) != (family == PopulationFamily.CASELOADS)) {
            throw new IllegalArgumentException(id + ": a ratio is children per worker, the CASELOADS family, and that "
                    + "family's unit is RATIO; " + unit + " with " + family + " is not");
        }
        if ((attribution == AttributionRule.WORKER_SPELL) != family.countsWorkers()) {
            throw new IllegalArgumentException(id + ": WORKER_SPELL is the attribution of the families that count "
                    + "workers, and theirs only; " + attribution + " with " + family + " is not");
        }
    }

    private static String text(String id, String field, String value) {
        Objects.requireNonNull(value, field);
        if (value.isBlank() || value.chars().anyMatch(c -> c < 0x20 || c == 0x7F)) {
            throw new IllegalArgumentException(id + ": the " + field + " must be one line of text");
        }
        return value.strip();
    }

    /**
     * A builder for an indicator with this id.
     *
     * @param id the id (checked by {@link Builder#build()})
     * @return an empty builder: scale 1, no exclusions, no follow-up, no national standard, needs nothing
     */
    public static Builder builder(String id) {
        return new Builder(id);
    }

    /**
     * A builder holding this definition's fields under another id, to define a variant.
     *
     * @param newId the variant's id
     * @return a builder with every field of this definition
     */
    public Builder toBuilder(String newId) {
        Builder b = new Builder(newId).title(title).population(population).unit(unit).scale(scale)
                .direction(direction).family(family).domain(domain).followUp(followUp).attribution(attribution)
                .needs(needs);
        b.exclusions.addAll(exclusions);
        b.nationalPerformance = nationalPerformance;
        return b;
    }

    /**
     * What the denominator counts, for labels ("n = 120 children"): {@code days in care} for
     * rates, {@code child-months} for child-month indicators, {@code referrals} for report-level
     * ones, {@code removals} for counts of entries, {@code cases} for in-home cases open 18 months,
     * {@code workers} for the workforce indicators that count workers (CASELOAD's numerator is
     * children), {@code children} otherwise (medians: the
     * children whose days the median is taken over).
     *
     * @return the label of the denominator's unit
     */
    public String countedIn() {
        if (unit == Unit.RATE) {
            return "days in care";
        }
        return switch (family) {
            case CHILD_MONTHS, IN_HOME_MONTHS -> "child-months";
            case REFERRALS -> "referrals";
            case IN_HOME_CASES -> "cases";
            case CASELOADS, WORKERS_ON_FIRST_DAY -> "workers";
            case ENTRY_EPISODES -> "removals";
            default -> "children";
        };
    }

    /**
     * Whether the indicator counts reports, not children: its values are computed once per report
     * (a report_id across its rows), in a pass of its own after the children's.
     *
     * @return true for the {@link PopulationFamily#REFERRALS} family
     */
    public boolean reportLevel() {
        return family.countsReports();
    }

    /**
     * Whether the indicator counts in-home services cases, not children: each case is evaluated
     * once, with the child on its first row (lowest line), who carries its attribution and its
     * explanation.
     *
     * @return true for the {@link PopulationFamily#IN_HOME_CASES} family
     */
    public boolean caseLevel() {
        return family.countsCases();
    }

    /**
     * Whether the denominator counts workers (CASELOAD, WORKER_TURNOVER): evaluated in a pass over
     * workers.csv, each worker as itself ({@link AttributionRule#WORKER_SPELL}); such results are
     * never suppressed and the indicator's attribution cannot be changed.
     *
     * @return true for the families that count workers
     */
    public boolean countsWorkers() {
        return family.countsWorkers();
    }

    /**
     * Whether the results have WORKER rows. Not for {@link PopulationFamily#WORKERS_ON_FIRST_DAY}
     * (WORKER_TURNOVER): a worker who left is turnover of the unit it left, whose supervisor lives
     * with it, so its results start at UNIT level.
     *
     * @return false for the {@link PopulationFamily#WORKERS_ON_FIRST_DAY} family
     */
    public boolean hasWorkerRows() {
        return family != PopulationFamily.WORKERS_ON_FIRST_DAY;
    }

    /**
     * Whether the indicator is context rather than performance (the {@link Domain#WORKFORCE}
     * domain): shown beside the outcomes, never compared across entities in variation.csv and
     * never given a standard.
     *
     * @return true for the workforce domain
     */
    public boolean context() {
        return domain == Domain.WORKFORCE;
    }

    /**
     * Whether the population is episodes rather than children (exclusions.csv counts episodes).
     *
     * @return true for the families that count episodes
     */
    public boolean episodeBased() {
        return family.countsEpisodes();
    }

    /**
     * Whether the population is taken on one day (the period's last, or the extract date).
     *
     * @return true for the {@link PopulationFamily#POINT_IN_TIME}, {@link PopulationFamily#IN_HOME_CASES}
     *         and {@link PopulationFamily#CASELOADS} families
     */
    public boolean pointInTime() {
        return family == PopulationFamily.POINT_IN_TIME || family == PopulationFamily.IN_HOME_CASES
                || family == PopulationFamily.CASELOADS;
    }

    /**
     * The last day the follow-up of a period needs; a result is {@code INCOMPLETE} while the
     * extract date is before it.
     *
     * @param period the period
     * @return {@link FollowUp#lastDay(ReportingPeriod)}
     */
    public LocalDate followUpEnd(ReportingPeriod period) {
        return followUp.lastDay(period);
    }

    @Override
    public String toString() {
        return id + " (" + title + "; " + unit + ", " + direction + ", " + family + ")";
    }

    /** Collects a definition's fields by name. Not thread-safe. */
    public static final class Builder {
        private final String id;
        private String title;
        private String population;
        private Unit unit;
        private int scale = 1;
        private Direction direction;
        private PopulationFamily family;
        private Domain domain;
        private final List<ExclusionReason> exclusions = new ArrayList<>();
        private FollowUp followUp = FollowUp.none();
        private AttributionRule attribution;
        private OptionalDouble nationalPerformance = OptionalDouble.empty();
        private Needs needs = Needs.NOTHING;

        private Builder(String id) {
            this.id = id;
        }

        /**
         * The short human name.
         *
         * @param title e.g. "Reunification within 6 months of entry"
         * @return this builder
         */
        public Builder title(String title) {
            this.title = title;
            return this;
        }

        /**
         * The population and outcome in one sentence.
         *
         * @param population e.g. "children entering care in the period; outcome: ..."
         * @return this builder
         */
        public Builder population(String population) {
            this.population = population;
            return this;
        }

        /**
         * What the value is.
         *
         * @param unit percent, rate, median days, count
         * @return this builder
         */
        public Builder unit(Unit unit) {
            this.unit = unit;
            return this;
        }

        /**
         * Days per rate unit.
         *
         * @param scale e.g. 1,000 for moves per 1,000 days
         * @return this builder
         */
        public Builder scale(int scale) {
            this.scale = scale;
            return this;
        }

        /**
         * Which way is better.
         *
         * @param direction higher, lower or neutral
         * @return this builder
         */
        public Builder direction(Direction direction) {
            this.direction = direction;
            return this;
        }

        /**
         * The population's family.
         *
         * @param family the family whose walk finds the members
         * @return this builder
         */
        public Builder family(PopulationFamily family) {
            this.family = family;
            return this;
        }

        /**
         * The scorecard's group.
         *
         * @param domain safety, permanency or well-being
         * @return this builder
         */
        public Builder domain(Domain domain) {
            this.domain = domain;
            return this;
        }

        /**
         * The exclusion rules, in the order they apply (replacing any set before).
         *
         * @param reasons the reasons, first applied first
         * @return this builder
         */
        public Builder exclusions(ExclusionReason... reasons) {
            exclusions.clear();
            exclusions.addAll(List.of(reasons));
            return this;
        }

        /**
         * The follow-up.
         *
         * @param followUp e.g. {@code FollowUp.months(12)}
         * @return this builder
         */
        public Builder followUp(FollowUp followUp) {
            this.followUp = followUp;
            return this;
        }

        /**
         * The default attribution rule.
         *
         * @param attribution e.g. {@link AttributionRule#LONGEST_IN_WINDOW}
         * @return this builder
         */
        public Builder attribution(AttributionRule attribution) {
            this.attribution = attribution;
            return this;
        }

        /**
         * The national standard, in the value's unit (a percent as 0 to 100).
         *
         * @param value the standard
         * @return this builder
         */
        public Builder nationalPerformance(double value) {
            this.nationalPerformance = OptionalDouble.of(value);
            return this;
        }

        /**
         * The optional input file the indicator needs.
         *
         * @param needs reports or contacts
         * @return this builder
         */
        public Builder needs(Needs needs) {
            this.needs = needs;
            return this;
        }

        /**
         * The definition.
         *
         * @return the immutable definition
         * @throws IllegalArgumentException naming the first field missing or not valid
         */
        public IndicatorDefinition build() {
            String missing = title == null ? "title" : population == null ? "population" : unit == null ? "unit"
                    : direction == null ? "direction" : family == null ? "family" : domain == null ? "domain"
                    : attribution == null ? "attribution" : null;
            if (missing != null) {
                throw new IllegalArgumentException("indicator " + id + " has no " + missing + "; call " + missing
                        + "(...) before build()");
            }
            return new IndicatorDefinition(id, title, population, unit, scale, direction, family, domain, exclusions,
                    followUp, attribution, nationalPerformance, needs);
        }
    }
}
