package org.childstat.indicators.core.stats;

import java.util.concurrent.atomic.AtomicReferenceArray;
import org.apache.commons.math3.distribution.BinomialDistribution;
import org.apache.commons.math3.distribution.ChiSquaredDistribution;

/**
 * 95% intervals for a single result (results.csv's {@code lower95} and {@code upper95}, see
 * docs/outputs.md). Stateless and thread-safe.
 *
 * <ul>
 *   <li>Percents: the Wilson score interval (Wilson 1927), {@code (p + z²/2n ± z sqrt(p(1-p)/n +
 *       z²/4n²)) / (1 + z²/n)} with {@code z = 1.959963984540054}. n = 0: no interval.
 *       k = 0 gives a lower limit of exactly 0 and k = n an upper limit of exactly 1.</li>
 *   <li>Rates: the exact (Garwood 1936) Poisson interval on the count of events,
 *       {@code qchisq(0.025, 2k)/2} to {@code qchisq(0.975, 2k+2)/2}, lower 0 when k = 0.</li>
 *   <li>Medians: order statistics {@code x(j)} and {@code x(n+1-j)} of the sorted values, j the
 *       largest integer with {@code P(Binomial(n, 1/2) <= j - 1) <= 0.025}; none when no
 *       {@code j >= 1} qualifies ({@code n < 6}).</li>
 * </ul>
 */
public final class Intervals {
    /** The 97.5% point of the standard normal distribution. */
    public static final double Z_95 = 1.959963984540054;

    private Intervals() {
    }

    /**
     * Wilson 95% interval for {@code k} of {@code n}, as proportions (0 to 1).
     *
     * @param k the count of successes (the numerator)
     * @param n the number of trials (the denominator)
     * @return {@code {lower, upper}}, or null when n = 0
     * @throws IllegalArgumentException if {@code k < 0}, {@code n < 0} or {@code k > n}
     */
    public static double[] wilson(long k, long n) {
        if (k < 0 || n < 0 || k > n) {
            throw new IllegalArgumentException("need 0 <= k <= n, got k=" + k + ", n=" + n);
        }
        if (n == 0) {
            return null;
        }
        double p = (double) k / n;
        double z2 = Z_95 * Z_95;
        double centre = p + z2 / (2.0 * n);
        double half = Z_95 * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n));
        double denom = 1 + z2 / n;
        double lower = k == 0 ? 0.0 : (centre - half) / denom;
        double upper = k == n ? 1.0 : (centre + half) / denom;
        return new double[] {Math.max(0, lower), Math.min(1, upper)};
    }

    /**
     * Exact (Garwood) 95% interval for a Poisson count of {@code k} events.
     *
     * @param k the count of events
     * @return {@code {lower, upper}} in events
     * @throws IllegalArgumentException if {@code k < 0}
     */
    public static double[] poisson(long k) {
        if (k < 0) {
            throw new IllegalArgumentException("need k >= 0, got " + k);
        }
        if (k < CACHED) {
            double[] ci = POISSON.get((int) k);
            if (ci == null) {
                ci = computePoisson(k);
                POISSON.set((int) k, ci);
            }
            return ci.clone();
        }
        return computePoisson(k);
    }

    /** Counts below this have their intervals (and median ranks) computed once and kept. */
    private static final int CACHED = 1 << 14;
    private static final AtomicReferenceArray<double[]> POISSON = new AtomicReferenceArray<>(CACHED);
    private static final AtomicReferenceArray<int[]> RANKS = new AtomicReferenceArray<>(CACHED);
    private static final int[] NO_RANKS = new int[0];

    private static double[] computePoisson(long k) {
        double lower = k == 0 ? 0.0 : new ChiSquaredDistribution(null, 2.0 * k, 1e-12)
                .inverseCumulativeProbability(0.025) / 2;
        double upper = new ChiSquaredDistribution(null, 2.0 * k + 2, 1e-12).inverseCumulativeProbability(0.975) / 2;
        return new double[] {lower, upper};
    }

    /**
     * The ranks (1-based) of the order statistics bounding a 95% interval for the median of
     * {@code n} values: {@code {j, n + 1 - j}}.
     *
     * @param n the number of values
     * @return the ranks, or null when there is no such j ({@code n < 6})
     */
    public static int[] medianRanks(int n) {
        if (n < 1) {
            return null;
        }
        if (n < CACHED) {
            int[] r = RANKS.get(n);
            if (r == null) {
                r = computeRanks(n);
                RANKS.set(n, r == null ? NO_RANKS : r);
            }
            return r == null || r.length == 0 ? null : r.clone();
        }
        return computeRanks(n);
    }

    private static int[] computeRanks(int n) {
        BinomialDistribution b = new BinomialDistribution(null, n, 0.5);
        int j = 0;
        // P(B <= j - 1) grows with j: find the largest j with it <= 0.025
        int lo = 1, hi = (n + 1) / 2;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (b.cumulativeProbability(mid - 1) <= 0.025) {
                j = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return j == 0 ? null : new int[] {j, n + 1 - j};
    }

    /**
     * The median of sorted values: the middle one, or the mean of the two middle ones.
     *
     * @param sorted values in ascending order
     * @param from   the first index of the values to use (inclusive)
     * @param to     the end of the values to use (exclusive)
     * @return the median of {@code sorted[from..to)}
     * @throws IllegalArgumentException if the range is empty
     */
    public static double median(int[] sorted, int from, int to) {
        int n = to - from;
        if (n <= 0) {
            throw new IllegalArgumentException("no values");
        }
        int mid = from + n / 2;
        return n % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + (double) sorted[mid]) / 2;
    }
}
