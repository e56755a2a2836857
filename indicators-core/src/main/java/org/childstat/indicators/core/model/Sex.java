package org.childstat.indicators.core.model;

/** Sex of a child (data-contract §1, column {@code sex}). */
public enum Sex {
    /** {@code M}. */
    M,
    /** {@code F}. */
    F,
    /** {@code U}: unknown. */
    U;

    /** The code as it stands in the CSV file. */
    public String code() {
        return name();
    }

    /**
     * The sex with this CSV code ({@code M}, {@code F}, {@code U}; case-sensitive).
     *
     * @throws IllegalArgumentException for any other value
     */
    public static Sex parse(String code) {
        return Codes.parse(Sex.class, values(), code, Sex::code);
    }
}
