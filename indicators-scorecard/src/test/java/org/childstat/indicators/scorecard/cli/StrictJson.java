package org.childstat.indicators.scorecard.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A strict JSON (RFC 8259) parser for the tests, independent of the writer: objects (as
 * {@code Map<String, Object>}, a key given twice fails), arrays ({@code List<Object>}), strings
 * with every escape ({@code \" \\ \/ \b \f \n \r \t \}{@code uXXXX}), numbers ({@code Double}),
 * {@code true}, {@code false} and {@code null}. Anything else fails: a raw control character or
 * an unknown escape in a string, a trailing comma, a leading zero, text after the value.
 */
final class StrictJson {
    private final String text;
    private int i;

    private StrictJson(String text) {
        this.text = text;
    }

    /** The value of a whole document. */
    static Object parse(String text) {
        StrictJson p = new StrictJson(text);
        p.space();
        Object value = p.value();
        p.space();
        if (p.i != text.length()) {
            throw p.error("text after the value");
        }
        return value;
    }

    /** A document that must be an object. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> object(String text) {
        Object value = parse(text);
        if (!(value instanceof Map)) {
            throw new AssertionError("not a JSON object: " + text);
        }
        return (Map<String, Object>) value;
    }

    private Object value() {
        if (i >= text.length()) {
            throw error("a value expected");
        }
        char c = text.charAt(i);
        return switch (c) {
            case '{' -> object();
            case '[' -> array();
            case '"' -> string();
            case 't' -> literal("true", Boolean.TRUE);
            case 'f' -> literal("false", Boolean.FALSE);
            case 'n' -> literal("null", null);
            default -> number();
        };
    }

    private Map<String, Object> object() {
        Map<String, Object> out = new LinkedHashMap<>();
        i++;
        space();
        if (peek() == '}') {
            i++;
            return out;
        }
        while (true) {
            space();
            if (peek() != '"') {
                throw error("a key expected");
            }
            String key = string();
            space();
            expect(':');
            space();
            Object v = value();
            if (out.containsKey(key)) {
                throw error("key " + key + " given twice");
            }
            out.put(key, v);
            space();
            char c = next();
            if (c == '}') {
                return out;
            }
            if (c != ',') {
                throw error("',' or '}' expected");
            }
        }
    }

    private List<Object> array() {
        List<Object> out = new ArrayList<>();
        i++;
        space();
        if (peek() == ']') {
            i++;
            return out;
        }
        while (true) {
            space();
            out.add(value());
            space();
            char c = next();
            if (c == ']') {
                return out;
            }
            if (c != ',') {
                throw error("',' or ']' expected");
            }
        }
    }

    private String string() {
        expect('"');
        StringBuilder out = new StringBuilder();
        while (true) {
            char c = next();
            if (c == '"') {
                return out.toString();
            }
            if (c < 0x20) {
                throw error("a raw control character in a string");
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char e = next();
            switch (e) {
                case '"' -> out.append('"');
                case '\\' -> out.append('\\');
                case '/' -> out.append('/');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> {
                    if (i + 4 > text.length()) {
                        throw error("a short \\u escape");
                    }
                    String hex = text.substring(i, i + 4);
                    if (!hex.matches("[0-9a-fA-F]{4}")) {
                        throw error("a bad \\u escape " + hex);
                    }
                    out.append((char) Integer.parseInt(hex, 16));
                    i += 4;
                }
                default -> throw error("an unknown escape \\" + e);
            }
        }
    }

    private Double number() {
        int start = i;
        if (peek() == '-') {
            i++;
        }
        if (peek() == '0') {
            i++;
        } else if (peek() >= '1' && peek() <= '9') {
            digits();
        } else {
            throw error("a value expected");
        }
        if (peek() == '.') {
            i++;
            if (!(peek() >= '0' && peek() <= '9')) {
                throw error("a digit expected after '.'");
            }
            digits();
        }
        if (peek() == 'e' || peek() == 'E') {
            i++;
            if (peek() == '+' || peek() == '-') {
                i++;
            }
            if (!(peek() >= '0' && peek() <= '9')) {
                throw error("a digit expected in the exponent");
            }
            digits();
        }
        return Double.parseDouble(text.substring(start, i));
    }

    private void digits() {
        while (peek() >= '0' && peek() <= '9') {
            i++;
        }
    }

    private Object literal(String word, Object value) {
        if (!text.startsWith(word, i)) {
            throw error("a value expected");
        }
        i += word.length();
        return value;
    }

    private void space() {
        while (i < text.length() && " \t\n\r".indexOf(text.charAt(i)) >= 0) {
            i++;
        }
    }

    private char peek() {
        return i < text.length() ? text.charAt(i) : '\0';
    }

    private char next() {
        if (i >= text.length()) {
            throw error("unexpected end");
        }
        return text.charAt(i++);
    }

    private void expect(char c) {
        if (next() != c) {
            i--;
            throw error("'" + c + "' expected");
        }
    }

    private AssertionError error(String what) {
        int from = Math.max(0, i - 30), to = Math.min(text.length(), i + 30);
        return new AssertionError("invalid JSON at " + i + ": " + what + " near «" + text.substring(from, to) + "»");
    }
}
