package org.childstat.indicators.core.io;

import java.util.Objects;

/**
 * One data-quality finding: a row of {@code data-quality.csv} (docs/outputs.md, data-quality.csv).
 * Immutable and thread-safe.
 *
 * @param file     the input file, e.g. {@code episodes.csv}
 * @param line     the line where the row starts (the header is line 1); 0 for the file as a whole
 * @param column   the column, or empty when the finding is about the row or the file
 * @param value    the offending value as read (cut to 64 characters), or empty; for
 *                 {@code CONTROL_CHARACTER} the characters' positions, never the text
 * @param code     what was found
 * @param message  what was expected, in words; names no personal value other than record ids
 */
public record Finding(String file, int line, String column, String value, FindingCode code, String message) {
    /**
     * Checks the finding.
     *
     * @param file     the input file, e.g. {@code episodes.csv}
     * @param line     the line where the row starts (the header is line 1); 0 for the file as a whole
     * @param column   the column, or empty when the finding is about the row or the file
     * @param value    the offending value as read (cut to 64 characters), or empty
     * @param code     what was found
     * @param message  what was expected, in words
     * @throws NullPointerException     if an argument is null (use empty strings instead)
     * @throws IllegalArgumentException if {@code line} is negative
     */
    public Finding {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        if (line < 0) {
            throw new IllegalArgumentException("line must be >= 0, got " + line);
        }
    }

    /**
     * How bad the finding is.
     *
     * @return {@code code().severity()}: ERROR (the row is set aside) or WARNING (it is kept, with
     *         the exceptions {@link Severity#WARNING} names)
     */
    public Severity severity() {
        return code.severity();
    }

    @Override
    public String toString() {
        return file + ":" + line + (column.isEmpty() ? "" : " [" + column + "]") + " " + code + " " + message;
    }
}
