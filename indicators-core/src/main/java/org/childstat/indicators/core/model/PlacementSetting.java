package org.childstat.indicators.core.model;

/** Placement setting, AFCARS element 41 (docs/input-files.md, Code lists: column {@code setting}). */
public enum PlacementSetting {
    /** {@code 1}: pre-adoptive home. */
    PRE_ADOPTIVE_HOME("1"),
    /** {@code 2}: foster family home, relative. */
    RELATIVE_FOSTER_HOME("2"),
    /** {@code 3}: foster family home, non-relative. */
    NON_RELATIVE_FOSTER_HOME("3"),
    /** {@code 4}: group home. */
    GROUP_HOME("4"),
    /** {@code 5}: institution. */
    INSTITUTION("5"),
    /** {@code 6}: supervised independent living. */
    SUPERVISED_INDEPENDENT_LIVING("6"),
    /** {@code 7}: runaway. */
    RUNAWAY("7"),
    /** {@code 8}: trial home visit. */
    TRIAL_HOME_VISIT("8");

    private final String code;

    PlacementSetting(String code) {
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
     * The setting with this CSV code.
     *
     * @param code {@code 1} to {@code 8}
     * @return the setting
     * @throws IllegalArgumentException if the code is not one of {@code 1} to {@code 8} (null included)
     */
    public static PlacementSetting parse(String code) {
        return Codes.parse(PlacementSetting.class, values(), code, PlacementSetting::code);
    }
}
