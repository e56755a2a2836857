package org.childstat.indicators.core.model;

/** Type of a health exam of a child (docs/input-files.md, Code lists: column {@code exam_type}). */
public enum ExamType {
    /** A medical exam. */
    MEDICAL,
    /** A dental exam. */
    DENTAL,
    /** A mental-health screening. */
    MH_SCREENING;

    /**
     * The code as it stands in the CSV file.
     *
     * @return {@code MEDICAL}, {@code DENTAL} or {@code MH_SCREENING}, the constant's name
     */
    public String code() {
        return name();
    }

    /**
     * The exam type with this CSV code.
     *
     * @param code {@code MEDICAL}, {@code DENTAL} or {@code MH_SCREENING}, case-sensitive
     * @return the exam type
     * @throws IllegalArgumentException for any other value, null included
     */
    public static ExamType parse(String code) {
        return Codes.parse(ExamType.class, values(), code, ExamType::code);
    }
}
