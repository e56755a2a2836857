package org.childstat.indicators.core.model;

/** Type of a caseworker contact (docs/input-files.md, Code lists: column {@code contact_type}). */
public enum ContactType {
    /** A face-to-face visit. */
    IN_PERSON,
    /** Any other contact. */
    OTHER;

    /**
     * The code as it stands in the CSV file.
     *
     * @return {@code IN_PERSON} or {@code OTHER}, the constant's name
     */
    public String code() {
        return name();
    }

    /**
     * The contact type with this CSV code.
     *
     * @param code {@code IN_PERSON} or {@code OTHER}, case-sensitive
     * @return the contact type
     * @throws IllegalArgumentException for any other value, null included
     */
    public static ContactType parse(String code) {
        return Codes.parse(ContactType.class, values(), code, ContactType::code);
    }
}
