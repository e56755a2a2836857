package org.childstat.indicators.core.indicator;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalDouble;

/**
 * An indicator the engine computes: one of the built-in {@link IndicatorId}s, or an agency's own
 * defined through {@code org.childstat.indicators.cohort.CustomIndicator}
 * (docs/custom-indicators.md). Results, exclusions, explanations and the scorecard address
 * indicators by this type; everything the spec says of one is its {@link #definition()}, which the
 * other methods read.
 *
 * <p>Only those two types implement it: the engine refuses any other (it would have no rules for
 * it). Two indicators are the same when they are the same object; within one calculation their
 * ids are distinct.
 */
public interface Indicator {
    /**
     * The id results.csv writes in {@code indicator}.
     *
     * @return e.g. {@code CFSR4_P1}
     */
    String id();

    /**
     * What the spec says of the indicator.
     *
     * @return the definition
     */
    IndicatorDefinition definition();

    /**
     * A short human name, for tables and charts.
     *
     * @return {@link IndicatorDefinition#title()}
     */
    default String title() {
        return definition().title();
    }

    /**
     * The population and outcome in one sentence.
     *
     * @return {@link IndicatorDefinition#population()}
     */
    default String population() {
        return definition().population();
    }

    /**
     * What the value is.
     *
     * @return {@link IndicatorDefinition#unit()}
     */
    default Unit unit() {
        return definition().unit();
    }

    /**
     * Days per rate unit.
     *
     * @return {@link IndicatorDefinition#scale()}: 1,000 for placement moves, 100,000 for maltreatment in care, 1 otherwise
     */
    default int scale() {
        return definition().scale();
    }

    /**
     * Which way is better.
     *
     * @return {@link IndicatorDefinition#direction()}
     */
    default Direction direction() {
        return definition().direction();
    }

    /**
     * The family of the population.
     *
     * @return {@link IndicatorDefinition#family()}
     */
    default PopulationFamily family() {
        return definition().family();
    }

    /**
     * The domain the scorecard groups the indicator under.
     *
     * @return {@link IndicatorDefinition#domain()}
     */
    default Domain domain() {
        return definition().domain();
    }

    /**
     * The exclusion rules in the order they apply.
     *
     * @return {@link IndicatorDefinition#exclusions()}
     */
    default List<ExclusionReason> exclusions() {
        return definition().exclusions();
    }

    /**
     * The default attribution rule.
     *
     * @return {@link IndicatorDefinition#attribution()}
     */
    default AttributionRule defaultAttribution() {
        return definition().attribution();
    }

    /**
     * The optional input the indicator needs.
     *
     * @return {@link IndicatorDefinition#needs()}
     */
    default Needs needs() {
        return definition().needs();
    }

    /**
     * The national standard, the scorecard's default one, in the value's unit.
     *
     * @return {@link IndicatorDefinition#nationalPerformance()}
     */
    default OptionalDouble nationalPerformance() {
        return definition().nationalPerformance();
    }

    /**
     * What the denominator counts, for labels.
     *
     * @return {@link IndicatorDefinition#countedIn()}
     */
    default String countedIn() {
        return definition().countedIn();
    }

    /**
     * Whether the indicator counts reports, not children.
     *
     * @return {@link IndicatorDefinition#reportLevel()}
     */
    default boolean reportLevel() {
        return definition().reportLevel();
    }

    /**
     * Whether the indicator counts in-home services cases, not children.
     *
     * @return {@link IndicatorDefinition#caseLevel()}
     */
    default boolean caseLevel() {
        return definition().caseLevel();
    }

    /**
     * Whether the denominator counts workers.
     *
     * @return {@link IndicatorDefinition#countsWorkers()}
     */
    default boolean countsWorkers() {
        return definition().countsWorkers();
    }

    /**
     * Whether the results have WORKER rows.
     *
     * @return {@link IndicatorDefinition#hasWorkerRows()}
     */
    default boolean hasWorkerRows() {
        return definition().hasWorkerRows();
    }

    /**
     * Whether the indicator is context (the workforce), never compared across entities.
     *
     * @return {@link IndicatorDefinition#context()}
     */
    default boolean context() {
        return definition().context();
    }

    /**
     * Whether the population is episodes rather than children.
     *
     * @return {@link IndicatorDefinition#episodeBased()}
     */
    default boolean episodeBased() {
        return definition().episodeBased();
    }

    /**
     * Whether the population is taken on one day.
     *
     * @return {@link IndicatorDefinition#pointInTime()}
     */
    default boolean pointInTime() {
        return definition().pointInTime();
    }

    /**
     * The last day of follow-up a period's results need.
     *
     * @param period the period
     * @return {@link IndicatorDefinition#followUpEnd(ReportingPeriod)}
     */
    default LocalDate followUpEnd(ReportingPeriod period) {
        return definition().followUpEnd(period);
    }
}
