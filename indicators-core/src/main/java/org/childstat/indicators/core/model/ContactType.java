package org.childstat.indicators.core.model;

/** Type of a caseworker contact (data-contract §1, column {@code contact_type}). */
public enum ContactType {
    /** A face-to-face visit. */
    IN_PERSON,
    /** Any other contact. */
    OTHER;

    /** The code as it stands in the CSV file. */
    public String code() {
        return name();
    }

    /**
     * The contact type with this CSV code.
     *
     * @throws IllegalArgumentException for any other value
     */
    public static ContactType parse(String code) {
        return Codes.parse(ContactType.class, values(), code, ContactType::code);
    }
}
