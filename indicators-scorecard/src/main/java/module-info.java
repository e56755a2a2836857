/**
 * The scorecard, the variation statistics, case selection and the {@code childstat} command.
 */
module org.childstat.indicators.scorecard {
    requires org.childstat.indicators.core;
    requires org.childstat.indicators.cohort;
    requires org.slf4j;
    requires commons.math3;

    exports org.childstat.indicators.scorecard.variation;
}
