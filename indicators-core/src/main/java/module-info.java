/**
 * The case-data model, the CSV data contract with its data-quality ledger, and a seeded
 * synthetic county. See {@link org.childstat.indicators.core.model.CaseData}.
 */
module org.childstat.indicators.core {
    requires org.slf4j;
    requires commons.math3;

    exports org.childstat.indicators.core.model;
    exports org.childstat.indicators.core.io;
    exports org.childstat.indicators.core.synthetic;
    exports org.childstat.indicators.core.indicator;
    exports org.childstat.indicators.core.stats;
    exports org.childstat.indicators.core.internal to org.childstat.indicators.cohort, org.childstat.indicators.scorecard;
}
