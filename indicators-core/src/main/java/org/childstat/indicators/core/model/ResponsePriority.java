package org.childstat.indicators.core.model;

/** Response priority of a referral (docs/input-files.md, Code lists: column {@code response_priority}). */
public enum ResponsePriority {
    /** Seen within 24 hours of receipt. */
    IMMEDIATE,
    /** Seen within 5 days of receipt. */
    FIVE_DAY;

    /**
     * The code as it stands in the CSV file.
     *
     * @return {@code IMMEDIATE} or {@code FIVE_DAY}, the constant's name
     */
    public String code() {
        return name();
    }

    /**
     * The priority with this CSV code.
     *
     * @param code {@code IMMEDIATE} or {@code FIVE_DAY}, case-sensitive
     * @return the priority
     * @throws IllegalArgumentException for any other value, null included
     */
    public static ResponsePriority parse(String code) {
        return Codes.parse(ResponsePriority.class, values(), code, ResponsePriority::code);
    }
}
