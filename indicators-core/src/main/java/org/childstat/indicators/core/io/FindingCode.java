package org.childstat.indicators.core.io;

/**
 * The data-quality codes (docs/input-files.md, Data quality: what is set aside, and why), in the
 * contract's order: a row that breaks several rules is set aside under the first that applies.
 *
 * <p>Codes added to the contract's first list: {@link #BAD_ID}, an id that is not 1 to 64
 * characters without control characters (docs/input-files.md, How every CSV file is read),
 * ranked with {@code BAD_DATE}/{@code BAD_CODE}; {@link #CONTROL_CHARACTER}, a name with control
 * characters, kept with each of them replaced by U+FFFD; and {@link #UNREADABLE_FILE}, a file
 * that cannot be read at all, whose rows are all set aside under it. They are documented in
 * docs/data-quality.md and CHANGELOG.md.
 */
public enum FindingCode {
    /** Wrong number of cells, broken quoting, a cell over 65,536 characters. */
    MALFORMED_ROW(Severity.ERROR),
    /** A required cell is empty. */
    MISSING_REQUIRED(Severity.ERROR),
    /** An unparseable date or date-time, or one outside the years 1900 to 2199 ({@link DateBounds}). */
    BAD_DATE(Severity.ERROR),
    /** A code outside the contract's list. */
    BAD_CODE(Severity.ERROR),
    /** An id that is longer than 64 characters or has a control character (extension). */
    BAD_ID(Severity.ERROR),
    /** A second row with an id already read (the first row wins). */
    DUPLICATE_ID(Severity.ERROR),
    /** A reference to a child, episode, unit or worker that does not exist or was set aside. */
    UNKNOWN_REFERENCE(Severity.ERROR),
    /** An end (or discharge) date before the start (or removal) date. */
    END_BEFORE_START(Severity.ERROR),
    /** A birth date after the removal date. */
    BIRTH_AFTER_REMOVAL(Severity.ERROR),
    /** An episode that starts before the child's previous kept episode ended, or after an open one. */
    OVERLAPPING_EPISODES(Severity.ERROR),
    /** A closed episode with no discharge reason (kept). */
    MISSING_DISCHARGE_REASON(Severity.WARNING),
    /** A discharge on the removal date (kept). */
    SAME_DAY_EXIT(Severity.WARNING),
    /** A placement spell not within its episode: clipped, or set aside when nothing is left. */
    PLACEMENT_OUTSIDE_EPISODE(Severity.WARNING),
    /** Days of an episode covered by no placement spell. */
    PLACEMENT_GAP(Severity.WARNING),
    /** Days of an episode covered by two placement spells. */
    PLACEMENT_OVERLAP(Severity.WARNING),
    /** Days in care with no assigned worker. */
    ASSIGNMENT_GAP(Severity.WARNING),
    /** A row or a date after the as-of date: a row's own date sets it aside, other dates are cut. */
    AFTER_AS_OF(Severity.WARNING),
    /** A header that is not in the contract (reported once). */
    UNKNOWN_COLUMN(Severity.WARNING),
    /**
     * Org_units.csv gives an office two bureaus or two names, or a bureau two names: the first row
     * (lowest line) wins, the later row is kept under the first row's tree.
     */
    INCONSISTENT_ORG(Severity.WARNING),
    /**
     * A name (unit, office, bureau, worker) or race_ethnicity with control characters (U+0000 to
     * U+001F, U+007F to U+009F): kept, each replaced by U+FFFD; the finding gives their positions,
     * never the text (extension).
     */
    CONTROL_CHARACTER(Severity.WARNING),
    /**
     * A file of the contract that cannot be read: a required file missing, a file (required or
     * optional) that is a folder, a broken or looping link, not readable, not a regular file,
     * over 2 GiB, not UTF-8, empty, or without its required columns.
     */
    UNREADABLE_FILE(Severity.ERROR);

    private final Severity severity;

    FindingCode(Severity severity) {
        this.severity = severity;
    }

    /**
     * The code's fixed severity.
     *
     * @return ERROR (the row is set aside) or WARNING (it is kept, with the exceptions
     *         {@link Severity#WARNING} names)
     */
    public Severity severity() {
        return severity;
    }
}
