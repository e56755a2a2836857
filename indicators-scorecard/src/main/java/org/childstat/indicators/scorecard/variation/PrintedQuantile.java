package org.childstat.indicators.scorecard.variation;

import org.apache.commons.math3.distribution.AbstractRealDistribution;
import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.distribution.GammaDistribution;
import org.childstat.indicators.core.internal.FourDecimals;

/**
 * A quantile of a posterior (beta or gamma) as it will be printed: {@code scale} times it with 4
 * decimals (docs/outputs.md, What every CSV file has in common), the same text as commons-math's
 * {@code inverseCumulativeProbability} gives, found in about three CDF evaluations instead of its
 * Brent search of some forty.
 *
 * <p>Why the text is the same: Brent's search stops within twice its absolute accuracy (1e-9 for
 * the beta, 1e-10 for the gamma as {@link Shrinkage} builds it) of the root of
 * {@code cdf(x) - p}. The search here works on the same function, computed by the same
 * {@code cumulativeProbability}, and stops in one of two ways. Either the cdf at the two ends of
 * the printed cell around its point, each end moved four accuracies (scaled, plus the rounding of
 * the product) inwards, is below and above p: the root is then inside the cell, and commons-math's
 * answer, within two accuracies of it, prints the same. Or its Newton steps reach the root to
 * about 1e-12, and the root lies further than that margin from a rounding boundary of the fourth
 * decimal. Closer than that (about 1% of quantiles), or when the search does not converge, the
 * answer is commons-math's own. The doubles may differ from commons-math's in the seventh decimal
 * (anywhere in the cell), so they are for printing only; the printed text never differs. A
 * property test compares the text on many posteriors, and the job's outputs keep their SHA-256.
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
        double x = search(d, p, accuracy, upper, scale);
        return Double.isNaN(x) || !clearOfBoundary(x, accuracy, scale) ? d.inverseCumulativeProbability(p) : x;
    }

    /** Whether x, scaled, is further than the margin from a rounding boundary of the fourth decimal. */
    private static boolean clearOfBoundary(double x, double accuracy, double scale) {
        double y = x * scale * 1e4;
        return Math.abs(y) < 1e15 && Math.abs(y - Math.rint(y)) < 0.5 - margin(x, y, accuracy, scale);
    }

    /** x when it is strictly inside the bracket, else the bracket's midpoint. */
    private static double inside(double x, double[] bracket) {
        return x > bracket[0] && x < bracket[1] ? x : 0.5 * (bracket[0] + bracket[1]);
    }

    /**
     * How close (in units of the fourth decimal) to a rounding boundary a quantile near x may be
     * before commons-math's answer could print on the other side of it: four of its accuracies,
     * the search's own 1e-12, and the rounding of the product {@code y = x * scale * 1e4}.
     */
    private static double margin(double x, double y, double accuracy, double scale) {
        return (4 * accuracy + 1e-12 * Math.abs(x)) * scale * 1e4 + 4 * Math.ulp(y);
    }

    /**
     * The root of {@code cdf(x) - p} by Newton steps kept inside a shrinking bracket; NaN when not
     * found. The search tries to stop early, first at its starting point when the Cornish-Fisher
     * expansion there is close enough to be worth trying, then after the first step: when the cdf
     * is below p at the low end of the printed cell around the point (shrunk by the margin) and
     * above p at its high end, the root is inside the cell and so is commons-math's answer, and
     * any point of it prints the same. Two evaluations decide it; when they do not, both narrow
     * the bracket and the steps go on.
     */
    private static double search(AbstractRealDistribution d, double p, double accuracy, double upper, double scale) {
        double mean = d.getNumericalMean(), sd = Math.sqrt(d.getNumericalVariance());
        double lo = 0, hi = Double.isInfinite(upper) ? mean + 60 * sd + 1 : upper;
        if (!(hi > lo) || Double.isInfinite(upper) && !(d.cumulativeProbability(hi) > p)) {
            return Double.NaN;
        }
        double[] bracket = {lo, hi};
        double z = p < 0.5 ? -1.959963984540054 : 1.959963984540054;
        double[] shape = skewnessAndKurtosis(d);
        double g = shape[0], k = shape[1];
        // Cornish-Fisher to the fourth cumulant; the terms left out are of the order of g^3 and g*k
        double x = mean + sd * (z + (z * z - 1) * g / 6 + (z * z * z - 3 * z) * k / 24 - (2 * z * z * z - 5 * z) * g * g / 36);
        boolean close = sd * (Math.abs(g * g * g) + Math.abs(g * k)) < 0.05 / (scale * 1e4);
        if (!(x > lo && x < hi)) {
            x = mean + z * sd;
            close = false;
            if (!(x > lo && x < hi)) {
                x = 0.5 * (lo + hi);
            }
        }
        if (close) {
            if (inCell(d, p, x, accuracy, scale, bracket)) {
                return x;
            }
            x = inside(x, bracket);
        }
        for (int i = 0; i < MAX_STEPS; i++) {
            double f = d.cumulativeProbability(x) - p;
            if (f == 0) {
                return x;
            }
            if (f < 0) {
                bracket[0] = x;
            } else {
                bracket[1] = x;
            }
            // a step out of the bracket (or a density of 0 or infinity) bisects
            double next = inside(x - f / d.density(x), bracket);
            if (Math.abs(next - x) <= 1e-13 * Math.abs(x) + 1e-300) {
                return next;
            }
            if (i == 0 && !close) {
                if (inCell(d, p, next, accuracy, scale, bracket)) {
                    return next;
                }
                next = inside(next, bracket);
            }
            x = next;
        }
        return Double.NaN;
    }

    /**
     * Whether the root of {@code cdf - p} is inside the printed cell around x, shrunk by the
     * margin on both sides (its ends' cdf below and above p); whatever the answer, what the ends'
     * evaluations show narrows {@code bracket} ({lo, hi} with cdf(lo) below p and cdf(hi) above).
     */
    private static boolean inCell(AbstractRealDistribution d, double p, double x, double accuracy, double scale,
                                  double[] bracket) {
        if (!clearOfBoundary(x, accuracy, scale)) {
            return false;
        }
        double y = x * scale * 1e4;
        double k = Math.rint(y), m = margin(x, y, accuracy, scale);
        double cellLo = (k - 0.5 + m) / (scale * 1e4), cellHi = (k + 0.5 - m) / (scale * 1e4);
        boolean below = cellLo <= bracket[0] || d.cumulativeProbability(cellLo) < p;
        if (!below) {
            bracket[1] = Math.min(bracket[1], cellLo); // the root is at or below the cell
            return false;
        }
        bracket[0] = Math.max(bracket[0], cellLo);
        boolean above = cellHi >= bracket[1] || d.cumulativeProbability(cellHi) > p;
        if (!above) {
            bracket[0] = Math.max(bracket[0], cellHi); // the root is at or above the cell
            return false;
        }
        bracket[1] = Math.min(bracket[1], cellHi);
        return true;
    }

    /** {skewness, excess kurtosis} of a beta or gamma distribution; {0, 0} (normal) for any other. */
    private static double[] skewnessAndKurtosis(AbstractRealDistribution d) {
        if (d instanceof BetaDistribution beta) {
            double a = beta.getAlpha(), b = beta.getBeta(), s = a + b;
            return new double[] {2 * (b - a) * Math.sqrt(s + 1) / ((s + 2) * Math.sqrt(a * b)),
                    6 * ((a - b) * (a - b) * (s + 1) - a * b * (s + 2)) / (a * b * (s + 2) * (s + 3))};
        }
        if (d instanceof GammaDistribution gamma) {
            return new double[] {2 / Math.sqrt(gamma.getShape()), 6 / gamma.getShape()};
        }
        return new double[] {0, 0};
    }

    /** The printed text of a quantile: for the test that compares it with commons-math's. */
    static String printed(double q, double scale) {
        return FourDecimals.format(q * scale);
    }
}
