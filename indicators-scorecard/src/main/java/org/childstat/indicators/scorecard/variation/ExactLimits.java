package org.childstat.indicators.scorecard.variation;

import org.apache.commons.math3.distribution.BinomialDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.PoissonDistribution;
import org.apache.commons.math3.special.Beta;
import org.apache.commons.math3.special.Gamma;

/**
 * Exact funnel limits with Spiegelhalter's interpolation (Spiegelhalter 2005, Stat Med
 * 24:1185-1202, Appendix A.1.1): for a tail probability {@code p}, {@code r_p} is the smallest
 * count with {@code F(r_p) >= p}; {@code alpha = (F(r_p) - p) / (F(r_p) - F(r_p - 1))}; the limit
 * is {@code (r_p - alpha) / n}. F is Binomial(n, theta) for proportions and Poisson(theta * E) for
 * rates over exposure E. The raw limit can fall below 0 (small n, r_p = 0) or above 1: callers
 * clamp it and say that side cannot signal. Stateless and thread-safe.
 *
 * <p>Size: denominators (and exposures) up to {@link #MAX_DENOMINATOR}, counts up to the
 * denominator, with no {@code int} anywhere. Where the counts fit an {@code int} (a binomial n
 * below 2^31 - 1, a Poisson mean up to 10^9) F is commons-math's, as it always was. Beyond, the
 * count is a {@code long} and F comes from the regularised incomplete beta or gamma function
 * while the variance is below 10^7, and above it from the saddlepoint approximation of
 * Lugannani and Rice with Daniels' continuity correction (Daniels 1987, Int Stat Rev 55:37-48),
 * the deviances computed as Loader's {@code bd0} (as R's dbinom and dpois) so that nothing
 * cancels; its relative error falls as the variance grows (below 10^-7 at a variance of 10^7),
 * where the incomplete beta's grows (from the terms of size n that cancel in its prefactor). The
 * limit itself is then off by far less than one count in 10^4.
 */
public final class ExactLimits {
    /** The largest denominator (children, or exposure for rates) the limits are computed for: 10^15. */
    public static final double MAX_DENOMINATOR = 1e15;

    /** Above this variance the tails come from the saddlepoint approximation. */
    static final double SADDLEPOINT_VARIANCE = 1e7;

    /** Up to this Poisson mean commons-math's int-counted distribution is used. */
    static final double INT_POISSON_MEAN = 1e9;

    private static final NormalDistribution NORMAL = new NormalDistribution(null, 0, 1);

    private ExactLimits() {
    }

    /**
     * The interpolated binomial limit for a proportion theta (0 to 1) at denominator n, as a
     * proportion (unclamped).
     *
     * @param theta the target proportion
     * @param n     the denominator
     * @param p     the tail probability, e.g. 0.025 for the lower 95% limit
     * @return the limit as a proportion
     * @throws IllegalArgumentException if theta is outside [0, 1], n is below 1 or p outside (0, 1)
     */
    public static double binomial(double theta, int n, double p) {
        return binomial(theta, (double) n, p);
    }

    /**
     * The interpolated binomial limit for a proportion theta (0 to 1) at denominator n (rounded
     * to a whole number), as a proportion (unclamped).
     *
     * @param theta the target proportion
     * @param n     the denominator, 1 to {@link #MAX_DENOMINATOR}
     * @param p     the tail probability, e.g. 0.025 for the lower 95% limit
     * @return the limit as a proportion
     * @throws IllegalArgumentException if theta is outside [0, 1], n is below 1 or above
     *                                  {@link #MAX_DENOMINATOR}, or p is outside (0, 1)
     */
    public static double binomial(double theta, double n, double p) {
        check(p);
        if (!(theta >= 0 && theta <= 1) || !(n >= 1)) {
            throw new IllegalArgumentException("need 0 <= theta <= 1 and n >= 1, got theta=" + theta + ", n=" + n);
        }
        checkSize(n);
        if (theta == 0) {
            return 0;
        }
        if (theta == 1) {
            return 1;
        }
        long size = Math.round(n);
        if (size < Integer.MAX_VALUE) {
            BinomialDistribution b = new BinomialDistribution(null, (int) size, theta);
            int r = b.inverseCumulativeProbability(p);
            double fr = b.cumulativeProbability(r), fr1 = r == 0 ? 0 : b.cumulativeProbability(r - 1);
            double alpha = (fr - p) / (fr - fr1);
            return (r - alpha) / size;
        }
        return interpolated(new Binomial(size, theta), p) / size;
    }

    /**
     * The interpolated Poisson limit for a rate theta (events per unit of exposure) at exposure
     * e, as a rate (unclamped).
     *
     * @param theta the target rate, events per unit of exposure
     * @param e     the exposure, above 0 and up to {@link #MAX_DENOMINATOR}
     * @param p     the tail probability, e.g. 0.025 for the lower 95% limit
     * @return the limit as a rate
     * @throws IllegalArgumentException if theta is below 0, e is not above 0 or is above
     *                                  {@link #MAX_DENOMINATOR}, or p is outside (0, 1)
     */
    public static double poisson(double theta, double e, double p) {
        check(p);
        if (!(theta >= 0) || !(e > 0) || Double.isInfinite(theta)) {
            throw new IllegalArgumentException("need theta >= 0 and exposure > 0, got theta=" + theta + ", e=" + e);
        }
        checkSize(e);
        double mu = theta * e;
        if (mu == 0) {
            return 0;
        }
        if (mu <= INT_POISSON_MEAN) {
            PoissonDistribution d = new PoissonDistribution(null, mu, 1e-12, 10_000_000);
            int r = d.inverseCumulativeProbability(p);
            double fr = d.cumulativeProbability(r), fr1 = r == 0 ? 0 : d.cumulativeProbability(r - 1);
            double alpha = (fr - p) / (fr - fr1);
            return (r - alpha) / e;
        }
        return interpolated(new Poisson(mu), p) / e;
    }

    private static void check(double p) {
        if (!(p > 0 && p < 1)) {
            throw new IllegalArgumentException("tail probability must be in (0, 1), got " + p);
        }
    }

    private static void checkSize(double denominator) {
        if (!(denominator <= MAX_DENOMINATOR)) {
            throw new IllegalArgumentException("denominator " + denominator + " is above " + MAX_DENOMINATOR
                    + ", the largest the exact limits are computed for");
        }
    }

    /**
     * The exact tail probabilities of an observed count: {P(X &lt;= x), P(X &gt;= x)} under
     * Binomial(n, theta) for percents or Poisson(theta * e) for rates. The funnel flags an entity
     * beyond a level only when the tail on its side is below that level's tail probability, so
     * the chance of a false flag never exceeds the nominal one (the conservative choice that
     * Manktelow and Seaton 2012 describe); the interpolated limits are for drawing.
     *
     * @param measure     percent (binomial) or rate (Poisson)
     * @param theta       the target, a proportion or a rate
     * @param denominator the denominator or exposure
     * @param x           the observed count
     * @return {@code {P(X <= x), P(X >= x)}}
     * @throws IllegalArgumentException if the denominator is above {@link #MAX_DENOMINATOR}
     */
    public static double[] tails(Measure measure, double theta, double denominator, long x) {
        checkSize(denominator);
        if (measure == Measure.PERCENT) {
            long n = Math.round(denominator);
            if (theta <= 0) {
                return new double[] {1, x <= 0 ? 1 : 0};
            }
            if (theta >= 1) {
                return new double[] {x >= n ? 1 : 0, 1};
            }
            if (n < Integer.MAX_VALUE) {
                BinomialDistribution b = new BinomialDistribution(null, (int) n, theta);
                int k = (int) Math.min(x, n);
                return new double[] {b.cumulativeProbability(k), x <= 0 ? 1 : 1 - b.cumulativeProbability(k - 1)};
            }
            Binomial b = new Binomial(n, theta);
            return new double[] {b.cdf(x), b.sf(x)};
        }
        double mu = theta * denominator;
        if (mu <= 0) {
            return new double[] {1, x <= 0 ? 1 : 0};
        }
        if (mu <= INT_POISSON_MEAN && x < Integer.MAX_VALUE) {
            PoissonDistribution d = new PoissonDistribution(null, mu, 1e-12, 10_000_000);
            return new double[] {d.cumulativeProbability((int) x), x <= 0 ? 1 : 1 - d.cumulativeProbability((int) x - 1)};
        }
        Poisson d = new Poisson(mu);
        return new double[] {d.cdf(x), d.sf(x)};
    }

    /** {@code r_p - alpha} of a distribution counted in longs. */
    private static double interpolated(Counted d, double p) {
        long r = quantile(d, p);
        double fr = d.cdf(r);
        double alpha = (fr - p) / d.pmf(r);
        return r - Math.min(1, Math.max(0, alpha));
    }

    /** The smallest r with {@code F(r) >= p}, by bisection between bounds 12 sd and more either side of the mean. */
    static long quantile(Counted d, double p) {
        double spread = 12 * d.sd() + 12;
        long lo = (long) Math.max(-1, Math.floor(d.mean() - spread));
        long hi = (long) Math.min(d.max(), Math.ceil(d.mean() + spread));
        while (lo >= 0 && d.cdf(lo) >= p) { // never in practice: p is a tail probability, not 1e-30
            lo = Math.max(-1, lo - (long) spread);
        }
        while (hi < d.max() && d.cdf(hi) < p) {
            hi = Math.min(d.max(), hi + (long) spread);
        }
        // invariant: F(lo) < p (F(-1) = 0), F(hi) >= p
        while (hi - lo > 1) {
            long mid = lo + (hi - lo) / 2;
            if (d.cdf(mid) >= p) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        return hi;
    }

    /** A distribution on the counts 0 to {@link #max()}. */
    interface Counted {
        double mean();

        double sd();

        long max();

        /** P(X <= k). */
        double cdf(long k);

        /** P(X >= k). */
        double sf(long k);

        /** P(X = k). */
        double pmf(long k);
    }

    /** Binomial(n, theta), counted in longs. */
    record Binomial(long n, double theta) implements Counted {
        @Override
        public double mean() {
            return n * theta;
        }

        @Override
        public double sd() {
            return Math.sqrt(n * theta * (1 - theta));
        }

        @Override
        public long max() {
            return n;
        }

        private double variance() {
            return n * theta * (1 - theta);
        }

        @Override
        public double cdf(long k) {
            if (k < 0) {
                return 0;
            }
            if (k >= n) {
                return 1;
            }
            return k + 0.5 < mean() ? lower(k) : 1 - upper(k + 1);
        }

        @Override
        public double sf(long k) {
            if (k <= 0) {
                return 1;
            }
            if (k > n) {
                return 0;
            }
            return k - 0.5 > mean() ? upper(k) : 1 - lower(k - 1);
        }

        /** P(X <= k), 0 <= k < n, best below the mean. */
        private double lower(long k) {
            if (variance() < SADDLEPOINT_VARIANCE) {
                return Beta.regularizedBeta(1 - theta, (double) (n - k), k + 1.0);
            }
            return saddle(k + 0.5, false);
        }

        /** P(X >= k), 0 < k <= n, best above the mean. */
        private double upper(long k) {
            if (variance() < SADDLEPOINT_VARIANCE) {
                return Beta.regularizedBeta(theta, (double) k, n - k + 1.0);
            }
            return saddle(k - 0.5, true);
        }

        /** The continuity-corrected Lugannani-Rice tail at {@code x}: upper P(X >= x + 1/2) or lower P(X <= x - 1/2). */
        private double saddle(double x, boolean upperTail) {
            double m1 = n * theta, m2 = n * (1 - theta), d = x - m1;
            double w = Math.signum(d) * Math.sqrt(2 * (bd0(x, m1) + bd0(n - x, m2)));
            double s = Math.log1p(d / m1) - Math.log1p(-d / m2);
            double u = 2 * Math.sinh(s / 2) * Math.sqrt(x * (n - x) / n);
            return tail(w, u, d / sd(), (1 - 2 * theta) / sd(), upperTail);
        }

        @Override
        public double pmf(long k) {
            if (k < 0 || k > n) {
                return 0;
            }
            if (k == 0) {
                return Math.exp(n * Math.log1p(-theta));
            }
            if (k == n) {
                return Math.exp(n * Math.log(theta));
            }
            double lc = stirlerr(n) - stirlerr(k) - stirlerr(n - k) - bd0(k, n * theta) - bd0(n - k, n * (1 - theta));
            return Math.exp(lc) * Math.sqrt(n / (2 * Math.PI * k * (double) (n - k)));
        }
    }

    /** Poisson(mu), counted in longs. */
    record Poisson(double mu) implements Counted {
        @Override
        public double mean() {
            return mu;
        }

        @Override
        public double sd() {
            return Math.sqrt(mu);
        }

        @Override
        public long max() {
            return Long.MAX_VALUE / 2;
        }

        @Override
        public double cdf(long k) {
            if (k < 0) {
                return 0;
            }
            return k + 0.5 < mu ? lower(k) : 1 - upper(k + 1);
        }

        @Override
        public double sf(long k) {
            if (k <= 0) {
                return 1;
            }
            return k - 0.5 > mu ? upper(k) : 1 - lower(k - 1);
        }

        private double lower(long k) {
            if (mu < SADDLEPOINT_VARIANCE) {
                return Gamma.regularizedGammaQ(k + 1.0, mu);
            }
            return saddle(k + 0.5, false);
        }

        private double upper(long k) {
            if (mu < SADDLEPOINT_VARIANCE) {
                return Gamma.regularizedGammaP((double) k, mu);
            }
            return saddle(k - 0.5, true);
        }

        private double saddle(double x, boolean upperTail) {
            double d = x - mu;
            double w = Math.signum(d) * Math.sqrt(2 * bd0(x, mu));
            double u = 2 * Math.sinh(Math.log1p(d / mu) / 2) * Math.sqrt(x);
            return tail(w, u, d / sd(), 1 / sd(), upperTail);
        }

        @Override
        public double pmf(long k) {
            if (k < 0) {
                return 0;
            }
            if (k == 0) {
                return Math.exp(-mu);
            }
            return Math.exp(-stirlerr(k) - bd0(k, mu)) / Math.sqrt(2 * Math.PI * k);
        }
    }

    /**
     * Lugannani-Rice: upper {@code 1 - Φ(w) - φ(w)(1/w - 1/u)}, lower {@code Φ(w) + φ(w)(1/w - 1/u)};
     * within 10^-5 standard deviations of the mean, where 1/w - 1/u cancels, the one-term
     * Edgeworth expansion at z (skewness gamma), which is as good there.
     */
    private static double tail(double w, double u, double z, double skew, boolean upperTail) {
        if (Math.abs(z) < 1e-5) {
            double lowerAtZ = NORMAL.cumulativeProbability(z) - NORMAL.density(z) * skew * (z * z - 1) / 6;
            return upperTail ? 1 - lowerAtZ : lowerAtZ;
        }
        double correction = NORMAL.density(w) * (1 / w - 1 / u);
        double p = upperTail ? NORMAL.cumulativeProbability(-w) - correction : NORMAL.cumulativeProbability(w) + correction;
        return Math.min(1, Math.max(0, p));
    }

    /**
     * {@code x log(x / m) + m - x}, without cancellation when x is near m (Loader 2000, "Fast and
     * accurate computation of binomial probabilities"; R's bd0).
     */
    static double bd0(double x, double m) {
        if (Math.abs(x - m) < 0.1 * (x + m)) {
            double v = (x - m) / (x + m);
            double s = (x - m) * v;
            double ej = 2 * x * v;
            v = v * v;
            for (int j = 1; j < 1000; j++) {
                ej *= v;
                double s1 = s + ej / (2 * j + 1);
                if (s1 == s) {
                    return s1;
                }
                s = s1;
            }
            return s;
        }
        return x * Math.log(x / m) + m - x;
    }

    /** {@code log(k!) - log(sqrt(2 pi k) (k / e)^k)}, Stirling's error (R's stirlerr), for k >= 1. */
    static double stirlerr(double k) {
        if (k > 15) {
            double k2 = k * k;
            return (1.0 / 12 - (1.0 / 360 - 1.0 / 1260 / k2) / k2) / k;
        }
        return Gamma.logGamma(k + 1) - (k + 0.5) * Math.log(k) + k - 0.5 * Math.log(2 * Math.PI);
    }
}
