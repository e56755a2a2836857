package org.childstat.indicators.core.model;

import java.util.Objects;

/**
 * The contract's rule for ids (docs/input-files.md, How every CSV file is read): opaque strings of
 * 1 to 64 characters with no control characters, compared as written (after trimming). {@code 007}
 * and {@code 7} differ.
 */
public final class Ids {
    /** Longest id the contract allows. */
    public static final int MAX_LENGTH = 64;

    private Ids() {
    }

    /**
     * Whether a value is a valid id.
     *
     * @param id the value, already trimmed; may be null
     * @return true when it has 1 to {@value #MAX_LENGTH} characters, none of them a control
     *         character (U+0000 to U+001F, U+007F to U+009F); false for null
     */
    public static boolean isValid(CharSequence id) {
        if (id == null || id.length() == 0 || id.length() > MAX_LENGTH) {
            return false;
        }
        for (int i = 0; i < id.length(); i++) {
            if (Character.isISOControl(id.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Returns {@code id} if it is valid.
     *
     * @param id   the id
     * @param what the column, for the message
     * @return {@code id}
     * @throws NullPointerException if {@code id} is null
     * @throws IllegalArgumentException if it is empty, longer than 64 characters or has a control character
     */
    public static String require(String id, String what) {
        Objects.requireNonNull(id, what);
        if (!isValid(id)) {
            throw new IllegalArgumentException(what + " must be 1 to " + MAX_LENGTH
                    + " characters without control characters, got " + describe(id));
        }
        return id;
    }

    /**
     * Returns {@code id} if it is null or valid: for columns that may be empty.
     *
     * @param id   the id, or null
     * @param what the column, for the message
     * @return {@code id}, null included
     * @throws IllegalArgumentException if it is not null and not valid (see {@link #require})
     */
    public static String optional(String id, String what) {
        return id == null ? null : require(id, what);
    }

    /**
     * A value for a message, in single quotes.
     *
     * @param value the value, or null
     * @return {@code '} + {@link #clip clip(value)} + {@code '}; {@code ''} for null
     */
    public static String describe(CharSequence value) {
        return "'" + clip(value) + "'";
    }

    /**
     * A value as messages and findings show it: at most 64 characters with control characters
     * escaped as {@code \\uXXXX}, and the length of a longer value.
     *
     * @param value the value, or null
     * @return the first 64 characters, escaped, then {@code ... (N characters)} when it is longer;
     *         empty for null
     */
    public static String clip(CharSequence value) {
        if (value == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        int n = Math.min(value.length(), MAX_LENGTH);
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c)) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        if (value.length() > n) {
            out.append("... (").append(value.length()).append(" characters)");
        }
        return out.toString();
    }
}
