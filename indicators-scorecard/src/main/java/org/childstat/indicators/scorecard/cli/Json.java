package org.childstat.indicators.scorecard.cli;

import java.util.Map;
import java.util.StringJoiner;
import org.childstat.indicators.core.internal.JsonString;

/**
 * The little JSON the command writes (run.json, and the summaries {@code FILE.json} of
 * {@code funnel} and {@code chart}, docs/outputs.md): strings escaped as RFC 8259 requires,
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
        return JsonString.of(s, false);
    }

    /** A JSON number as {@link TallyFiles#num(double)} writes it (10 significant digits), or {@code null}. */
    static String number(double x) {
        return Double.isFinite(x) ? TallyFiles.num(x) : "null";
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
