package org.childstat.indicators.core.model;

/**
 * Reason for discharge from foster care, AFCARS element 58 (docs/input-files.md, Code lists:
 * column {@code discharge_reason}).
 */
public enum DischargeReason {
    /** {@code 1}: reunification with parent(s) or primary caretaker(s). */
    REUNIFICATION("1"),
    /** {@code 2}: living with other relative(s). */
    LIVING_WITH_RELATIVES("2"),
    /** {@code 3}: adoption. */
    ADOPTION("3"),
    /** {@code 4}: emancipation. */
    EMANCIPATION("4"),
    /** {@code 5}: guardianship. */
    GUARDIANSHIP("5"),
    /** {@code 6}: transfer to another agency. */
    TRANSFER("6"),
    /** {@code 7}: runaway. */
    RUNAWAY("7"),
    /** {@code 8}: death of child. */
    DEATH("8");

    private final String code;

    DischargeReason(String code) {
        this.code = code;
    }

    /**
     * The code as it stands in the CSV file.
     *
     * @return {@code 1} to {@code 8}
     */
    public String code() {
        return code;
    }

    /**
     * Whether the reason is an exit to permanency, as the CFSR permanency indicators count it.
     *
     * @return true for reasons 1, 2, 3 and 5 (reunification, living with relatives, adoption,
     *         guardianship)
     */
    public boolean isPermanency() {
        return this == REUNIFICATION || this == LIVING_WITH_RELATIVES || this == ADOPTION || this == GUARDIANSHIP;
    }

    /**
     * Whether the reason is a reunification, as the Round 2 measures counted it.
     *
     * @return true for reasons 1 and 2 (reunification, living with relatives)
     */
    public boolean isReunification() {
        return this == REUNIFICATION || this == LIVING_WITH_RELATIVES;
    }

    /**
     * The reason with this CSV code.
     *
     * @param code {@code 1} to {@code 8}
     * @return the reason
     * @throws IllegalArgumentException if the code is not one of {@code 1} to {@code 8} (null included)
     */
    public static DischargeReason parse(String code) {
        return Codes.parse(DischargeReason.class, values(), code, DischargeReason::code);
    }
}
