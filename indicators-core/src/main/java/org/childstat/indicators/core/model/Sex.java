package org.childstat.indicators.core.model;

/** Sex of a child (docs/input-files.md, Code lists: column {@code sex}). */
public enum Sex {
    /** {@code M}. */
    M,
    /** {@code F}. */
    F,
    /** {@code U}: unknown. */
    U;

    /**
     * The code as it stands in the CSV file.
     *
     * @return {@code M}, {@code F} or {@code U}, the constant's name
     */
    public String code() {
        return name();
    }

    /**
     * The sex with this CSV code.
     *
     * @param code {@code M}, {@code F} or {@code U}, case-sensitive
     * @return the sex
     * @throws IllegalArgumentException for any other value, null included
     */
    public static Sex parse(String code) {
        return Codes.parse(Sex.class, values(), code, Sex::code);
    }
}
