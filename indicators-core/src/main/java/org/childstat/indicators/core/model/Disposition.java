package org.childstat.indicators.core.model;

/** Maltreatment disposition, NCANDS maltreatment level (docs/input-files.md, Code lists: {@code disposition}). */
public enum Disposition {
    /** {@code 1}: substantiated. */
    SUBSTANTIATED("1"),
    /** {@code 2}: indicated or reason to suspect. */
    INDICATED("2"),
    /** {@code 3}: alternative response victim. */
    ALTERNATIVE_RESPONSE_VICTIM("3"),
    /** {@code 4}: alternative response non-victim. */
    ALTERNATIVE_RESPONSE_NON_VICTIM("4"),
    /** {@code 5}: unsubstantiated. */
    UNSUBSTANTIATED("5"),
    /** {@code 6}: unsubstantiated due to intentionally false reporting. */
    INTENTIONALLY_FALSE("6"),
    /** {@code 7}: closed with no finding. */
    NO_FINDING("7"),
    /** {@code 8}: no alleged maltreatment. */
    NO_ALLEGED_MALTREATMENT("8"),
    /** {@code 9}: other or unknown. */
    OTHER_OR_UNKNOWN("9");

    private final String code;

    Disposition(String code) {
        this.code = code;
    }

    /**
     * The code as it stands in the CSV file.
     *
     * @return {@code 1} to {@code 9}
     */
    public String code() {
        return code;
    }

    /**
     * Whether the disposition makes the child a victim: half of the victim-report test, the other
     * half being a maltreatment death ({@link MaltreatmentReport#isVictim()}).
     *
     * @return true for {@code 1} (substantiated) and {@code 2} (indicated)
     */
    public boolean isVictim() {
        return this == SUBSTANTIATED || this == INDICATED;
    }

    /**
     * The disposition with this CSV code.
     *
     * @param code {@code 1} to {@code 9}
     * @return the disposition
     * @throws IllegalArgumentException if the code is not one of {@code 1} to {@code 9} (null included)
     */
    public static Disposition parse(String code) {
        return Codes.parse(Disposition.class, values(), code, Disposition::code);
    }
}
