package org.childstat.indicators.scorecard.plot;

import org.childstat.indicators.core.internal.Markup;

/**
 * The small pieces every chart shares: escaping for SVG text and attributes, whole-pixel
 * coordinates, and "nice" axis ticks (steps of 1, 2 or 5 times a power of ten). Stateless.
 */
final class Svg {
    private Svg() {
    }

    /** Escapes text for an SVG (XML) text node or a quoted attribute ({@link Markup#escape}). */
    static String esc(String s) {
        return Markup.escape(s);
    }

    /** A pixel coordinate, rounded to a whole pixel. */
    static long px(double v) {
        return Math.round(v);
    }

    /**
     * Ticks covering {@code [lo, hi]}: about {@code count} of them at a nice step, the first at or
     * below {@code lo} and the last at or above {@code hi}.
     */
    static double[] ticks(double lo, double hi, int count) {
        if (!(hi > lo)) {
            hi = lo + 1;
        }
        double raw = (hi - lo) / Math.max(1, count);
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        double f = raw / power;
        double step = (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * power;
        double first = Math.floor(lo / step + 1e-9) * step;
        int n = (int) Math.ceil((hi - first) / step - 1e-9) + 1;
        double[] out = new double[Math.max(2, n)];
        for (int i = 0; i < out.length; i++) {
            out[i] = first + i * step;
        }
        return out;
    }

    /** A tick's label: as many decimals as its step needs, no trailing zeros, no {@code -0}. */
    static String tick(double v, double step) {
        int decimals = step >= 1 ? 0 : (int) Math.min(6, Math.ceil(-Math.log10(step) - 1e-9));
        return number(v, decimals);
    }

    /** {@code v} with a fixed number of decimals (half-up on the shortest decimal text), {@code -0} written as 0. */
    static String number(double v, int decimals) {
        if (!Double.isFinite(v)) {
            return "";
        }
        String s = java.math.BigDecimal.valueOf(v).setScale(decimals, java.math.RoundingMode.HALF_UP).toPlainString();
        return s.startsWith("-") && s.chars().noneMatch(c -> c >= '1' && c <= '9') ? s.substring(1) : s;
    }

    /** A count with thousands separators, e.g. {@code 12,154}. */
    static String count(double v) {
        long n = Math.round(v);
        String digits = Long.toString(n);
        int sign = n < 0 ? 1 : 0, len = digits.length() - sign;
        StringBuilder out = new StringBuilder(digits.length() + len / 3).append(digits, 0, sign);
        for (int i = 0; i < len; i++) {
            if (i > 0 && (len - i) % 3 == 0) {
                out.append(',');
            }
            out.append(digits.charAt(sign + i));
        }
        return out.toString(); // as String.format(Locale.ROOT, "%,d", n), without a Formatter per call
    }
}
