package org.childstat.indicators.core.indicator;

/** What an indicator is about, as the dashboard groups its columns left to right. */
public enum Domain {
    /** Safety: maltreatment, recurrence, timely response, entries. */
    SAFETY("Safety"),
    /** Permanency: exits, reunification, re-entry, length of stay, stability. */
    PERMANENCY("Permanency"),
    /** Well-being: stability of placements, relatives, siblings, caseworker visits. */
    WELL_BEING("Well-being"),
    /**
     * The workforce beside the outcomes: caseload, turnover, continuity of caseworkers. Context,
     * not performance: never compared across entities, no standard.
     */
    WORKFORCE("Workforce");

    private final String title;

    Domain(String title) {
        this.title = title;
    }

    /**
     * The domain's name as the scorecard's header writes it.
     *
     * @return e.g. {@code Well-being}
     */
    public String title() {
        return title;
    }
}
