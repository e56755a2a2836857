package org.childstat.indicators.scorecard.variation;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Benjamini-Hochberg adjusted p-values (Benjamini and Hochberg 1995, JRSS B 57:289-300):
 * {@code q(i) = min over j >= i of min(1, m p(j) / j)} on the p-values sorted ascending, the same
 * as R's {@code p.adjust(p, "BH")}. Empty input gives empty output; NaN is not allowed.
 * Stateless and thread-safe.
 */
public final class BenjaminiHochberg {
    private BenjaminiHochberg() {
    }

    /**
     * The q-values of these p-values, in the same order.
     *
     * @param p the p-values
     * @return the q-values, one per p-value, in the same order
     * @throws IllegalArgumentException if a p-value is outside [0, 1] or NaN
     */
    public static double[] adjust(double[] p) {
        int m = p.length;
        for (double x : p) {
            if (!(x >= 0 && x <= 1)) {
                throw new IllegalArgumentException("p-values must be in [0, 1], got " + x);
            }
        }
        Integer[] order = IntStream.range(0, m).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble(i -> p[i]));
        double[] q = new double[m];
        double running = 1.0;
        for (int k = m - 1; k >= 0; k--) {
            int i = order[k];
            running = Math.min(running, Math.min(1.0, m * p[i] / (k + 1)));
            q[i] = running;
        }
        return q;
    }
}
