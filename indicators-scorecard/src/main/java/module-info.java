/**
 * The scorecard, the variation statistics, case selection and the {@code childstat} command.
 */
module org.childstat.indicators.scorecard {
    requires org.childstat.indicators.core;
    requires org.childstat.indicators.cohort;
    requires org.slf4j;
    requires commons.math3;
    requires info.picocli;

    opens org.childstat.indicators.scorecard.cli to info.picocli;

    exports org.childstat.indicators.scorecard.variation;
    exports org.childstat.indicators.scorecard.grid;
    exports org.childstat.indicators.scorecard.plot;
    exports org.childstat.indicators.scorecard.cases;
}
