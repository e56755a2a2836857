package org.childstat.indicators.core.indicator;

/**
 * The optional input files an indicator needs; without one of them the indicator is NO_DATA
 * (docs/outputs.md).
 */
public enum Needs {
    /** Only the required files. */
    NOTHING,
    /** reports.csv. */
    REPORTS,
    /** contacts.csv. */
    CONTACTS,
    /** in_home_cases.csv. */
    IN_HOME_CASES,
    /** in_home_cases.csv and reports.csv. */
    IN_HOME_CASES_AND_REPORTS,
    /** in_home_cases.csv and contacts.csv. */
    IN_HOME_CASES_AND_CONTACTS,
    /** meetings.csv. */
    MEETINGS,
    /** health_exams.csv. */
    HEALTH_EXAMS,
    /** health_exams.csv and in_home_cases.csv. */
    HEALTH_EXAMS_AND_IN_HOME_CASES;

    /**
     * Whether reports.csv is one of the files.
     *
     * @return true for {@link #REPORTS} and {@link #IN_HOME_CASES_AND_REPORTS}
     */
    public boolean reports() {
        return this == REPORTS || this == IN_HOME_CASES_AND_REPORTS;
    }

    /**
     * Whether contacts.csv is one of the files.
     *
     * @return true for {@link #CONTACTS} and {@link #IN_HOME_CASES_AND_CONTACTS}
     */
    public boolean contacts() {
        return this == CONTACTS || this == IN_HOME_CASES_AND_CONTACTS;
    }

    /**
     * Whether in_home_cases.csv is one of the files.
     *
     * @return true for the three {@code IN_HOME_CASES} values and {@link #HEALTH_EXAMS_AND_IN_HOME_CASES}
     */
    public boolean inHomeCases() {
        return this == IN_HOME_CASES || this == IN_HOME_CASES_AND_REPORTS || this == IN_HOME_CASES_AND_CONTACTS
                || this == HEALTH_EXAMS_AND_IN_HOME_CASES;
    }

    /**
     * Whether meetings.csv is one of the files.
     *
     * @return true for {@link #MEETINGS}
     */
    public boolean meetings() {
        return this == MEETINGS;
    }

    /**
     * Whether health_exams.csv is one of the files.
     *
     * @return true for {@link #HEALTH_EXAMS} and {@link #HEALTH_EXAMS_AND_IN_HOME_CASES}
     */
    public boolean healthExams() {
        return this == HEALTH_EXAMS || this == HEALTH_EXAMS_AND_IN_HOME_CASES;
    }
}
