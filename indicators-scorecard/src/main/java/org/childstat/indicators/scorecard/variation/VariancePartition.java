package org.childstat.indicators.scorecard.variation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Where the variation of a percent lives across nested levels, top down (bureau, office, unit,
 * worker; docs/variation.md, Variance partition), so the scorecard can say where variation is
 * before pointing at anyone.
 *
 * <p><b>Estimator: moments of per-level random-effects fits, on the logit scale</b> (a method of
 * moments, in place of a nested random-intercept model). Each entity of a level gives
 * {@code y = logit((x + 1/2) / (n + 1))} with sampling variance {@code 1/(x + 1/2) + 1/(n - x + 1/2)};
 * the REML between-entity variance {@code T_l} across the entities of level l (Fisher scoring
 * from DerSimonian-Laird's value; Viechtbauer 2005) is, in a nested random-intercept model, the
 * sum of the components of level l and the levels above, plus each lower level's component
 * divided by the average number of its entities per entity of level l (an entity's value
 * averages its sub-entities). Solving that triangular system, components floored at 0, gives the
 * components. The variance partition coefficient
 * of a level is its component over the sum of the components plus the logistic level-1 variance
 * pi²/3 (Goldstein, Browne and Rasbash 2002). Compared with {@code lme4::glmer} on simulated data
 * in the tests (a maximum-likelihood fit; agreement is approximate, as moments and likelihood
 * differ). Entities with a zero denominator are left out; levels with fewer than 2 entities give
 * 0. Stateless and thread-safe.
 */
public final class VariancePartition {
    /** The level-1 variance of the logistic distribution, pi²/3. */
    public static final double LOGISTIC = Math.PI * Math.PI / 3;

    private VariancePartition() {
    }

    /**
     * The components. Immutable.
     *
     * @param levels     level names, top down
     * @param totals     DL tau² across the entities of each level (cumulative)
     * @param components the variance of each level
     * @param shares     each component / (sum of components + pi²/3)
     */
    public record Result(List<String> levels, double[] totals, double[] components, double[] shares) {
        /**
         * Copies the list and the arrays.
         *
         * @param levels     level names, top down
         * @param totals     DL tau² across the entities of each level
         * @param components the variance of each level
         * @param shares     each component's share
         */
        public Result {
            levels = List.copyOf(levels);
            totals = totals.clone();
            components = components.clone();
            shares = shares.clone();
        }

        @Override
        public String toString() {
            StringBuilder out = new StringBuilder("VariancePartition[");
            for (int i = 0; i < levels.size(); i++) {
                out.append(i == 0 ? "" : ", ").append(levels.get(i)).append(String.format(" %.4f (%.1f%%)", components[i],
                        100 * shares[i]));
            }
            return out.append("]").toString();
        }
    }

    /**
     * Partitions the variance across levels given top down, each as the tallies of its entities.
     *
     * @param names  the levels' names, top down
     * @param levels the tallies of each level's entities, in the same order
     * @return the components and their shares
     * @throws IllegalArgumentException for a tally with numerator above denominator
     */
    public static Result partition(List<String> names, List<List<Tally>> levels) {
        Objects.requireNonNull(names, "names");
        if (names.size() != levels.size()) {
            throw new IllegalArgumentException("one name per level");
        }
        int k = levels.size();
        double[] totals = new double[k];
        for (int l = 0; l < k; l++) {
            List<Tally> ts = levels.get(l).stream().filter(t -> t.denominator() > 0).toList();
            double[] y = new double[ts.size()], v = new double[ts.size()];
            for (int i = 0; i < ts.size(); i++) {
                Tally t = ts.get(i);
                if (t.numerator() > t.denominator()) {
                    throw new IllegalArgumentException(t.entityId() + ": numerator above denominator");
                }
                double x = t.numerator(), n = t.denominator();
                y[i] = Math.log((x + 0.5) / (n - x + 0.5));
                v[i] = 1 / (x + 0.5) + 1 / (n - x + 0.5);
            }
            totals[l] = reml(y, v);
        }
        // T_l = sum_{j <= l} s_j + sum_{j > l} s_j * count_l / count_j
        double[][] c = new double[k][k];
        for (int l = 0; l < k; l++) {
            for (int j = 0; j < k; j++) {
                c[l][j] = j <= l ? 1 : (double) levels.get(l).size() / Math.max(1, levels.get(j).size());
            }
        }
        double[] components = solve(c, totals.clone());
        for (int l = 0; l < k; l++) {
            components[l] = Double.isFinite(components[l]) ? Math.max(0, components[l]) : 0;
        }
        double sum = Arrays.stream(components).sum() + LOGISTIC;
        double[] shares = new double[k];
        for (int l = 0; l < k; l++) {
            shares[l] = components[l] / sum;
        }
        return new Result(new ArrayList<>(names), totals, components, shares);
    }

    /** REML between-entity variance of estimates y with variances v (Fisher scoring from DL); 0 below 2 entities. */
    static double reml(double[] y, double[] v) {
        int k = y.length;
        if (k < 2) {
            return 0;
        }
        double tau2 = Overdispersion.derSimonianLaird(y, v);
        for (int iter = 0; iter < 200; iter++) {
            double sw = 0, swy = 0;
            for (int i = 0; i < k; i++) {
                double w = 1 / (v[i] + tau2);
                sw += w;
                swy += w * y[i];
            }
            double mu = swy / sw, num = 0, sw2 = 0;
            for (int i = 0; i < k; i++) {
                double w = 1 / (v[i] + tau2);
                num += w * w * ((y[i] - mu) * (y[i] - mu) - v[i]);
                sw2 += w * w;
            }
            double next = Math.max(0, num / sw2 + 1 / sw);
            if (Math.abs(next - tau2) < 1e-10) {
                return next;
            }
            tau2 = next;
        }
        return tau2;
    }

    /** Gaussian elimination with partial pivoting of a small system. */
    static double[] solve(double[][] a, double[] b) {
        int n = b.length;
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int r = col + 1; r < n; r++) {
                if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) {
                    pivot = r;
                }
            }
            double[] tmp = a[col];
            a[col] = a[pivot];
            a[pivot] = tmp;
            double t = b[col];
            b[col] = b[pivot];
            b[pivot] = t;
            for (int r = col + 1; r < n; r++) {
                double f = a[r][col] / a[col][col];
                for (int cc = col; cc < n; cc++) {
                    a[r][cc] -= f * a[col][cc];
                }
                b[r] -= f * b[col];
            }
        }
        double[] x = new double[n];
        for (int r = n - 1; r >= 0; r--) {
            double sum = b[r];
            for (int cc = r + 1; cc < n; cc++) {
                sum -= a[r][cc] * x[cc];
            }
            x[r] = sum / a[r][r];
        }
        return x;
    }
}
