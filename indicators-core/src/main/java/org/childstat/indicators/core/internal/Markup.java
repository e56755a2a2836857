package org.childstat.indicators.core.internal;

/** Escaping for HTML and SVG (XML) text and quoted attribute values: the one escaper for both. Stateless. */
public final class Markup {
    private Markup() {
    }

    /**
     * {@code <}, {@code >}, {@code &}, {@code "} and {@code '} as character references; a control
     * character other than tab and line feed (which neither HTML text nor XML 1.0 may carry)
     * as U+FFFD. Null is the empty string.
     */
    public static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String r = switch (c) {
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '&' -> "&amp;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> c < 0x20 && c != '\t' && c != '\n' || c == 0x7f ? "\uFFFD" : null;
            };
            if (r != null && out == null) {
                out = new StringBuilder(s.length() + 16).append(s, 0, i);
            }
            if (out != null) {
                if (r != null) {
                    out.append(r);
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? s : out.toString();
    }
}
