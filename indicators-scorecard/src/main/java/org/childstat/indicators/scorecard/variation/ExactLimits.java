package org.childstat.indicators.scorecard.variation;

import org.apache.commons.math3.distribution.BinomialDistribution;
import org.apache.commons.math3.distribution.PoissonDistribution;

/**
 * Exact funnel limits with Spiegelhalter's interpolation (Spiegelhalter 2005, Stat Med
 * 24:1185-1202, Appendix A.1.1): for a tail probability {@code p}, {@code r_p} is the smallest
 * count with {@code F(r_p) >= p}; {@code alpha = (F(r_p) - p) / (F(r_p) - F(r_p - 1))}; the limit
 * is {@code (r_p - alpha) / n}. F is Binomial(n, theta) for proportions and Poisson(theta * E) for
 * rates over exposure E. The raw limit can fall below 0 (small n, r_p = 0) or above 1: callers
 * clamp it and say that side cannot signal. Stateless and thread-safe.
 */
public final class ExactLimits {
    private ExactLimits() {
    }

    /**
     * The interpolated binomial limit for a proportion theta (0 to 1) at denominator n, as a
     * proportion (unclamped).
     *
     * @throws IllegalArgumentException if theta is outside [0, 1], n < 1 or p outside (0, 1)
     */
    public static double binomial(double theta, int n, double p) {
        check(p);
        if (!(theta >= 0 && theta <= 1) || n < 1) {
            throw new IllegalArgumentException("need 0 <= theta <= 1 and n >= 1, got theta=" + theta + ", n=" + n);
        }
        if (theta == 0) {
            return 0;
        }
        if (theta == 1) {
            return 1;
        }
        BinomialDistribution b = new BinomialDistribution(null, n, theta);
        int r = b.inverseCumulativeProbability(p);
        double fr = b.cumulativeProbability(r), fr1 = r == 0 ? 0 : b.cumulativeProbability(r - 1);
        double alpha = (fr - p) / (fr - fr1);
        return (r - alpha) / n;
    }

    /**
     * The interpolated Poisson limit for a rate theta (events per unit of exposure) at exposure
     * e, as a rate (unclamped).
     *
     * @throws IllegalArgumentException if theta < 0, e <= 0 or p outside (0, 1)
     */
    public static double poisson(double theta, double e, double p) {
        check(p);
        if (!(theta >= 0) || !(e > 0)) {
            throw new IllegalArgumentException("need theta >= 0 and exposure > 0, got theta=" + theta + ", e=" + e);
        }
        double mu = theta * e;
        if (mu == 0) {
            return 0;
        }
        PoissonDistribution d = new PoissonDistribution(null, mu, 1e-12, 10_000_000);
        int r = d.inverseCumulativeProbability(p);
        double fr = d.cumulativeProbability(r), fr1 = r == 0 ? 0 : d.cumulativeProbability(r - 1);
        double alpha = (fr - p) / (fr - fr1);
        return (r - alpha) / e;
    }

    private static void check(double p) {
        if (!(p > 0 && p < 1)) {
            throw new IllegalArgumentException("tail probability must be in (0, 1), got " + p);
        }
    }

    /**
     * The exact tail probabilities of an observed count: {P(X <= x), P(X >= x)} under
     * Binomial(n, theta) for percents or Poisson(theta * e) for rates. The funnel flags an entity
     * beyond a level only when the tail on its side is below that level's tail probability, so
     * the chance of a false flag never exceeds the nominal one (the conservative choice that
     * Manktelow and Seaton 2012 describe); the interpolated limits are for drawing.
     */
    public static double[] tails(Measure measure, double theta, double denominator, long x) {
        if (measure == Measure.PERCENT) {
            int n = (int) Math.round(denominator);
            if (theta <= 0) {
                return new double[] {1, x <= 0 ? 1 : 0};
            }
            if (theta >= 1) {
                return new double[] {x >= n ? 1 : 0, 1};
            }
            BinomialDistribution b = new BinomialDistribution(null, n, theta);
            return new double[] {b.cumulativeProbability((int) x), x <= 0 ? 1 : 1 - b.cumulativeProbability((int) x - 1)};
        }
        double mu = theta * denominator;
        if (mu <= 0) {
            return new double[] {1, x <= 0 ? 1 : 0};
        }
        PoissonDistribution d = new PoissonDistribution(null, mu, 1e-12, 10_000_000);
        return new double[] {d.cumulativeProbability((int) x), x <= 0 ? 1 : 1 - d.cumulativeProbability((int) x - 1)};
    }
}
