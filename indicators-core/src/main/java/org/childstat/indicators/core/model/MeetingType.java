package org.childstat.indicators.core.model;

/** Type of a meeting about a child (docs/input-files.md, Code lists: column {@code meeting_type}). */
public enum MeetingType {
    /** A Team Decision Making meeting. */
    TDM,
    /** Any other meeting. */
    OTHER;

    /**
     * The code as it stands in the CSV file.
     *
     * @return {@code TDM} or {@code OTHER}, the constant's name
     */
    public String code() {
        return name();
    }

    /**
     * The meeting type with this CSV code.
     *
     * @param code {@code TDM} or {@code OTHER}, case-sensitive
     * @return the meeting type
     * @throws IllegalArgumentException for any other value, null included
     */
    public static MeetingType parse(String code) {
        return Codes.parse(MeetingType.class, values(), code, MeetingType::code);
    }
}
