/**
 * The scorecard, the variation statistics, case selection and the {@code childstat} command.
 *
 * <p>Its API takes and returns the types of the cohort module ({@code Explanation}) and of the
 * core module ({@code CaseData}, {@code Indicator}, {@code ResultTable}, ...), so a module that
 * reads this one reads both. Commons Math and picocli are used inside only.
 */
module org.childstat.indicators.scorecard {
    requires transitive org.childstat.indicators.cohort;
    requires transitive org.childstat.indicators.core;
    requires commons.math3;
    requires info.picocli;

    opens org.childstat.indicators.scorecard.cli to info.picocli;

    exports org.childstat.indicators.scorecard.variation;
    exports org.childstat.indicators.scorecard.grid;
    exports org.childstat.indicators.scorecard.plot;
    exports org.childstat.indicators.scorecard.cases;
    exports org.childstat.indicators.scorecard.present;
    exports org.childstat.indicators.scorecard.workforce;
}
