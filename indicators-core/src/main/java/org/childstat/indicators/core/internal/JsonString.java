package org.childstat.indicators.core.internal;

/**
 * JSON string literals (RFC 8259), the one escaper for every JSON the project writes. Stateless.
 */
public final class JsonString {
    private JsonString() {
    }

    /**
     * {@code s} in double quotes: {@code "} and {@code \} escaped by a backslash, {@code \n},
     * {@code \r} and {@code \t} as themselves, every other control character (below U+0020) as
     * {@code \}{@code uXXXX}, and a lone surrogate (which UTF-8 cannot carry, and a file name on
     * some systems can) as {@code \}{@code uXXXX} too. With {@code inScript}, also {@code <},
     * {@code >}, {@code &}, U+2028 and U+2029 as {@code \}{@code uXXXX}, so that the literal can
     * stand inside an HTML script element ({@code </script>} cannot end it) and in JavaScript.
     * Null is {@code null}.
     */
    public static String of(String s, boolean inScript) {
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
                    boolean html = inScript && (c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029');
                    if (pairedHigh) {
                        out.append(c).append(s.charAt(++i));
                    } else if (c < 0x20 || Character.isSurrogate(c) || html) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
