package org.childstat.indicators.scorecard.variation;

import org.apache.commons.math3.distribution.AbstractRealDistribution;
import org.childstat.indicators.core.internal.FourDecimals;

/**
 * A quantile of a posterior (beta or gamma) as it will be printed: {@code scale} times it with 4
 * decimals (docs/outputs.md, What every CSV file has in common), the same text as commons-math's
 * {@code inverseCumulativeProbability} gives, found in a few Newton steps instead of its Brent
 * search of some forty CDF evaluations.
 *
 * <p>Why the text is the same: Brent's search stops within twice its absolute accuracy (1e-9 for
 * the beta, 1e-10 for the gamma as {@link Shrinkage} builds it) of the root of
 * {@code cdf(x) - p}; the Newton search here finds the root of the same function, computed by the
 * same {@code cumulativeProbability}, to about 1e-12. When the scaled quantile lies further than
 * four accuracies (scaled, plus rounding of the product) from a rounding boundary of the fourth
 * decimal, both answers print the same; closer than that (about 1% of quantiles), or when the
 * search does not converge, the answer is commons-math's own. The doubles may differ from
 * commons-math's in the ninth decimal, which is inside its own accuracy; the printed text never.
 * A test compares the text on many posteriors, and the job's outputs keep their SHA-256.
 */
final class PrintedQuantile {
    private static final int MAX_STEPS = 100;

    private PrintedQuantile() {
    }

    /**
     * The p-quantile of {@code d}, printed as {@code scale * q} with 4 decimals.
     *
     * @param d        a beta or gamma distribution (support from 0)
     * @param p        the probability, in (0, 1)
     * @param accuracy the absolute accuracy of d's inverse
     * @param upper    the support's upper end (1 for the beta, infinity for the gamma)
     * @param scale    the multiplier of the printed value
     * @return a quantile whose printed text is that of {@code d.inverseCumulativeProbability(p)}
     */
    static double of(AbstractRealDistribution d, double p, double accuracy, double upper, double scale) {
        double x = search(d, p, upper);
        if (Double.isNaN(x)) {
            return d.inverseCumulativeProbability(p);
        }
        double y = x * scale * 1e4;
        double margin = (4 * accuracy + 1e-12 * Math.abs(x)) * scale * 1e4 + 4 * Math.ulp(y);
        double fraction = y - Math.floor(y);
        if (Math.abs(fraction - 0.5) <= margin || !(Math.abs(y) < 1e15)) {
            return d.inverseCumulativeProbability(p);
        }
        return x;
    }

    /** The root of {@code cdf(x) - p} by Newton steps kept inside a shrinking bracket; NaN when not found. */
    private static double search(AbstractRealDistribution d, double p, double upper) {
        double mean = d.getNumericalMean(), sd = Math.sqrt(d.getNumericalVariance());
        double lo = 0, hi = Double.isInfinite(upper) ? mean + 60 * sd + 1 : upper;
        if (!(hi > lo) || Double.isInfinite(upper) && !(d.cumulativeProbability(hi) > p)) {
            return Double.NaN;
        }
        double z = p < 0.5 ? -1.959963984540054 : 1.959963984540054;
        double x = mean + z * sd;
        if (!(x > lo && x < hi)) {
            x = 0.5 * (lo + hi);
        }
        for (int i = 0; i < MAX_STEPS; i++) {
            double f = d.cumulativeProbability(x) - p;
            if (f == 0) {
                return x;
            }
            if (f < 0) {
                lo = x;
            } else {
                hi = x;
            }
            double next = x - f / d.density(x);
            if (!(next > lo && next < hi)) {
                next = 0.5 * (lo + hi); // a step out of the bracket (or a density of 0 or infinity): bisect
            }
            if (Math.abs(next - x) <= 1e-13 * Math.abs(x) + 1e-300) {
                return next;
            }
            x = next;
        }
        return Double.NaN;
    }

    /** The printed text of a quantile: for the test that compares it with commons-math's. */
    static String printed(double q, double scale) {
        return FourDecimals.format(q * scale);
    }
}
