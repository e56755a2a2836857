package org.childstat.indicators.core.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A double written with 4 decimals, rounded half to even on its exact binary value, never
 * {@code -0.0000}: the text of {@code new BigDecimal(x).setScale(4, HALF_EVEN).toPlainString()}
 * (docs/outputs.md, What every CSV file has in common), without a BigDecimal for almost every number.
 *
 * <p>The fast path: {@code y = x * 10000} in double arithmetic differs from the exact product by at
 * most half an ulp of y, so when y's fractional part is further than two ulps from one half, the
 * exact product and y round to the same integer, and that integer (below 2^53, so exact in a
 * double and a long) is the answer's digits. The few numbers close to a tie, and those too large
 * for the fast path ({@code |x| >= 1e11}), take the BigDecimal path. A property test compares the
 * two on random doubles and on exact ties.
 */
public final class FourDecimals {
    private static final double FAST_LIMIT = 1e15; // |x * 10000| below it: far below 2^53

    private FourDecimals() {
    }

    /**
     * The text of x with 4 decimals.
     *
     * @param x a finite number
     * @return e.g. {@code 12.3457}, {@code -0.5000}, {@code 0.0000}
     * @throws NumberFormatException if x is NaN or infinite (as {@link BigDecimal#BigDecimal(double)})
     */
    public static String format(double x) {
        double y = x * 10000.0;
        if (!(Math.abs(y) < FAST_LIMIT)) {
            return exact(x);
        }
        double floor = Math.floor(y);
        double fraction = y - floor; // exact: floor and y are within one unit of each other
        if (Math.abs(fraction - 0.5) <= 2 * Math.ulp(y)) {
            return exact(x);
        }
        long digits = (long) floor + (fraction > 0.5 ? 1 : 0);
        return text(digits);
    }

    /** The BigDecimal path: exact for any finite double. */
    static String exact(double x) {
        BigDecimal d = new BigDecimal(x).setScale(4, RoundingMode.HALF_EVEN);
        return d.signum() == 0 ? "0.0000" : d.toPlainString();
    }

    /** digits / 10^4 as text with 4 decimals, no sign for zero. */
    private static String text(long digits) {
        if (digits == 0) {
            return "0.0000";
        }
        long a = Math.abs(digits);
        long whole = a / 10000;
        int decimals = (int) (a % 10000);
        char[] out = new char[22];
        int i = out.length;
        for (int k = 0; k < 4; k++) {
            out[--i] = (char) ('0' + decimals % 10);
            decimals /= 10;
        }
        out[--i] = '.';
        do {
            out[--i] = (char) ('0' + whole % 10);
            whole /= 10;
        } while (whole > 0);
        if (digits < 0) {
            out[--i] = '-';
        }
        return new String(out, i, out.length - i);
    }
}
