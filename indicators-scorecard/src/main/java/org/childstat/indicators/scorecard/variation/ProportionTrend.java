package org.childstat.indicators.scorecard.variation;

import java.util.Objects;
import org.apache.commons.math3.special.Gamma;

/**
 * The chi-square test for trend in proportions across ordered groups (Cochran-Armitage), exactly
 * as R's {@code prop.trend.test(x, n, score = seq_along(x))} (docs/variation.md, Trend across
 * ordered bands). Works on tallies only: successes {@code x[i]} out of trials {@code n[i]} in
 * group {@code i}, with a score per group (default {@code 1..k}).
 *
 * <p>R fits a weighted linear regression of {@code x[i]/n[i]} on the score with weights
 * {@code n[i] / (p(1 - p))}, {@code p = Σx / Σn} the pooled proportion, and takes the regression
 * sum of squares as the statistic. Its closed form, computed here:
 * <pre>
 *   s̄ = Σ n[i] s[i] / N                      (N = Σ n, X = Σ x)
 *   T = Σ x[i] (s[i] - s̄)
 *   chi² = T² / (p (1 - p) Σ n[i] (s[i] - s̄)²),   p (1 - p) = (X / N) ((N - X) / N)
 * </pre>
 * It is evaluated in the equivalent pairwise form
 * {@code chi² = N U² / (X (N - X) V)} with {@code U = Σ_{i<j} (s[j] - s[i]) (x[j] n[i] - x[i] n[j])}
 * ({@code = N T}) and {@code V = Σ_{i<j} n[i] n[j] (s[j] - s[i])²} ({@code = N Σ n (s - s̄)²}),
 * so that no large sums are subtracted: each {@code x[j] n[i] - x[i] n[j]} is formed to about one
 * ulp with fused multiply-adds, V is a sum of positive terms, and both are summed with
 * compensation; the scores enter only through their differences, rescaled by their range.
 * with one degree of freedom; the p-value is the upper tail {@code Q(1/2, chi²/2)} (regularized
 * gamma), computed directly rather than as {@code 1 - cdf}, so that p-values far below
 * {@code 1e-16} are not rounded to 0. Counts are summed as {@code long}; {@code 1 - p} is formed as
 * {@code N - X} in exact integers (an overflow of {@code long} throws ArithmeticException).
 *
 * <p>Degenerate cases: when the pooled proportion is 0 or 1 (no success, or no failure, in any
 * group) R stops with an error ({@code NA/NaN/Inf in 'x'}, the weights being infinite); this
 * class returns a chi-square and p-value of NaN instead, since a command reporting bands should
 * still write its rows. When all scores are equal R gives {@code X-squared = NA}; this class
 * gives NaN, and likewise when the scores are so nearly equal that R's QR ({@code tol = 1e-7})
 * declares them collinear with the intercept: {@code sqrt(Σ n (s - s̄)²) < 1e-7 sqrt(Σ n s²)}
 * (e.g. scores 1, 1 + 1e-9, 1 + 2e-9). Counts up to 2^53 are exact in the products.
 * Stateless and thread-safe.
 */
public final class ProportionTrend {
    /** R's {@code lm.fit} tolerance for collinearity ({@code tol = 1e-07}). */
    private static final double COLLINEAR = 1e-7;

    private ProportionTrend() {
    }

    /** {@code a b - c d} to about one ulp (Kahan's algorithm with fused multiply-adds). */
    private static double differenceOfProducts(double a, double b, double c, double d) {
        double cd = c * d;
        double err = Math.fma(-c, d, cd);
        return Math.fma(a, b, -cd) + err;
    }

    /**
     * The result of the test. Immutable.
     *
     * @param chiSquare        the statistic, {@code >= 0}, or NaN in the degenerate cases
     * @param degreesOfFreedom always 1
     * @param pValue           {@code P(chi²(1) >= chiSquare)}, or NaN in the degenerate cases
     */
    public record Result(double chiSquare, int degreesOfFreedom, double pValue) {
        /**
         * A line such as R prints it.
         *
         * @return e.g. {@code X-squared = 8.22492, df = 1, p-value = 0.004132}
         */
        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT, "X-squared = %.6g, df = %d, p-value = %.4g",
                    chiSquare, degreesOfFreedom, pValue);
        }
    }

    /**
     * The test with scores {@code 1..k}: R's {@code prop.trend.test(x, n)}.
     *
     * @param x successes per group, {@code 0 <= x[i] <= n[i]}
     * @param n trials per group, {@code > 0}
     * @return the statistic, 1 degree of freedom and the p-value
     * @throws NullPointerException     if an array is null
     * @throws IllegalArgumentException if the arrays differ in length, there are fewer than 2
     *                                  groups, or a count is out of range
     * @throws ArithmeticException      if {@code Σ n} overflows {@code long}
     */
    public static Result test(long[] x, long[] n) {
        Objects.requireNonNull(x, "x");
        double[] score = new double[x.length];
        for (int i = 0; i < score.length; i++) {
            score[i] = i + 1;
        }
        return test(x, n, score);
    }

    /**
     * The test with the given scores: R's {@code prop.trend.test(x, n, score)}.
     *
     * @param x     successes per group, {@code 0 <= x[i] <= n[i]}
     * @param n     trials per group, {@code > 0}
     * @param score a finite score per group (the order of the groups); all equal (or, as R
     *              sees it, collinear with the intercept) gives NaN
     * @return the statistic, 1 degree of freedom and the p-value
     * @throws NullPointerException     if an array is null
     * @throws IllegalArgumentException if the arrays differ in length, there are fewer than 2
     *                                  groups, a count is out of range or a score is not finite
     * @throws ArithmeticException      if {@code Σ n} overflows {@code long}
     */
    public static Result test(long[] x, long[] n, double[] score) {
        Objects.requireNonNull(x, "x");
        Objects.requireNonNull(n, "n");
        Objects.requireNonNull(score, "score");
        int k = x.length;
        if (n.length != k || score.length != k) {
            throw new IllegalArgumentException("x, n and score must have the same length, got "
                    + k + ", " + n.length + " and " + score.length);
        }
        if (k < 2) {
            throw new IllegalArgumentException("at least 2 groups are needed, got " + k);
        }
        long bigX = 0, bigN = 0;
        for (int i = 0; i < k; i++) {
            if (n[i] <= 0) {
                throw new IllegalArgumentException("group " + (i + 1) + ": n must be > 0, got " + n[i]);
            }
            if (x[i] < 0 || x[i] > n[i]) {
                throw new IllegalArgumentException("group " + (i + 1) + ": x must be in [0, n] = [0, " + n[i]
                        + "], got " + x[i]);
            }
            if (!Double.isFinite(score[i])) {
                throw new IllegalArgumentException("group " + (i + 1) + ": score must be finite, got " + score[i]);
            }
            bigX = Math.addExact(bigX, x[i]);
            bigN = Math.addExact(bigN, n[i]);
        }
        if (bigX == 0 || bigX == bigN) {
            return new Result(Double.NaN, 1, Double.NaN);
        }
        // the scores are scaled by a power of 2 (exact) and then by their range, which leaves the
        // statistic unchanged (it is invariant under a + b score) and keeps every product finite
        double max = 0;
        for (double s : score) {
            max = Math.max(max, Math.abs(s));
        }
        int shift = -Math.getExponent(max);
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        double[] s = new double[k];
        for (int i = 0; i < k; i++) {
            s[i] = Math.scalb(score[i], shift);
            lo = Math.min(lo, s[i]);
            hi = Math.max(hi, s[i]);
        }
        double range = hi - lo;
        if (!(range > 0)) {
            return new Result(Double.NaN, 1, Double.NaN);
        }
        // pairwise forms without cancellation between large sums:
        //   N T = sum_{i<j} (s_j - s_i)(x_j n_i - x_i n_j),  N S = sum_{i<j} n_i n_j (s_j - s_i)^2
        double u = 0, uc = 0, v = 0, vc = 0;
        for (int i = 0; i < k; i++) {
            for (int j = i + 1; j < k; j++) {
                double ds = (s[j] - s[i]) / range;
                double term = ds * differenceOfProducts(x[j], n[i], x[i], n[j]);
                double t = u + term;
                uc += Math.abs(u) >= Math.abs(term) ? (u - t) + term : (term - t) + u;
                u = t;
                double w = ((double) n[i] * n[j]) * ds * ds;
                t = v + w;
                vc += v >= w ? (v - t) + w : (w - t) + v;
                v = t;
            }
        }
        u += uc;
        v += vc;
        // R's lm (QR, tol = 1e-7) drops the score as collinear with the intercept, and gives NA,
        // when the weighted norm of the centred scores is below 1e-7 times that of the scores
        double sumNs2 = 0;
        for (int i = 0; i < k; i++) {
            sumNs2 += n[i] * s[i] * s[i];
        }
        if (Math.sqrt(v / bigN) * range < COLLINEAR * Math.sqrt(sumNs2)) {
            return new Result(Double.NaN, 1, Double.NaN);
        }
        // chi^2 = T^2 / (p q S) = N U^2 / (X (N - X) V), U = N T, V = N S
        double total = bigN;
        double chi = (u / bigX) * (u / (bigN - bigX)) * (total / v);
        return new Result(chi, 1, Gamma.regularizedGammaQ(0.5, chi / 2));
    }
}
