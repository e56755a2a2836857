package org.childstat.indicators.scorecard.cli;

import java.util.Map;
import java.util.StringJoiner;

/**
 * The little JSON the command writes (run.json, and the summaries {@code FILE.json} of
 * {@code funnel} and {@code chart}, data-contract §5): strings escaped as RFC 8259 requires,
 * numbers as the CSV writes them, {@code null} for a number that is not finite. Every string the
 * command puts in a JSON file goes through {@link #string(String)}.
 */
final class Json {
    private Json() {
    }

    /**
     * A JSON string: {@code s} in double quotes, with {@code "} and {@code \} escaped by a
     * backslash, {@code \n}, {@code \r} and {@code \t} as themselves, every other control
     * character (below U+0020) as {@code \}{@code uXXXX}, and a lone surrogate (which UTF-8 cannot
     * carry, and a file name on some systems can) as {@code \}{@code uXXXX} too. Null is
     * {@code null}.
     */
    static String string(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    boolean pairedHigh = Character.isHighSurrogate(c) && i + 1 < s.length()
                            && Character.isLowSurrogate(s.charAt(i + 1));
                    if (pairedHigh) {
                        out.append(c).append(s.charAt(++i));
                    } else if (c < 0x20 || Character.isSurrogate(c)) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /** A JSON number as {@link Childstat#num(double)} writes it (10 significant digits), or {@code null}. */
    static String number(double x) {
        return Double.isFinite(x) ? Childstat.num(x) : "null";
    }

    /**
     * A JSON object, one member a line, in the map's order. A value is written by its type: a
     * {@link String} as a string, a {@link Double} or {@link Float} by {@link #number(double)},
     * another {@link Number} and a {@link Boolean} as they print, null as {@code null}.
     *
     * @throws IllegalArgumentException for a value of another type
     */
    static String object(Map<String, ?> members) {
        StringJoiner out = new StringJoiner(",\n", "{\n", "\n}\n");
        members.forEach((key, value) -> out.add("  " + string(key) + ": " + value(value)));
        return out.toString();
    }

    private static String value(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof String s) {
            return string(s);
        }
        if (value instanceof Double || value instanceof Float) {
            return number(((Number) value).doubleValue());
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Boolean) {
            return value.toString();
        }
        throw new IllegalArgumentException("no JSON form for a " + value.getClass().getName() + ": " + value);
    }
}
