package org.childstat.indicators.scorecard.variation;

import java.util.Arrays;
import org.apache.commons.math3.distribution.ChiSquaredDistribution;

/**
 * Overdispersion of z-scores around a target (Spiegelhalter 2005, QSHC 14:347-351; Spiegelhalter
 * et al. 2012, JRSS A 175:1-47): z-scores on a variance-stabilising scale are winsorised at
 * {@code trim} each end (R type-7 quantiles: the lowest 100·trim% set to the trim quantile, the
 * highest likewise), then
 * <ul>
 *   <li>multiplicative {@code phi = (1/n) Σ z_w²}, tested with {@code n·phi ~ χ²(n - 1)}
 *       (upper tail);</li>
 *   <li>additive {@code tau² = (n·phi - (n - 1)) / (Σ w - Σ w² / Σ w)}, {@code w = 1/s²}, and
 *       0 when {@code n·phi < n - 1} (DerSimonian and Laird 1986).</li>
 * </ul>
 * With fewer than 2 entities there is nothing to estimate: phi is 0 or z², its p-value 1, tau² 0.
 * Stateless and thread-safe.
 */
public final class Overdispersion {
    /** 10% at each end, as FunnelPlotR and Spiegelhalter. */
    public static final double DEFAULT_TRIM = 0.10;

    private Overdispersion() {
    }

    /** How overdispersion adjusts limits and z-scores. Default: {@link #ADDITIVE}. */
    public enum Method {
        /** No adjustment: exact limits, z on the stabilising scale. */
        NONE,
        /** Standard errors times sqrt(phi) when phi > 1. */
        MULTIPLICATIVE,
        /** Variance s² + tau² (DerSimonian-Laird). */
        ADDITIVE
    }

    /**
     * What was estimated. Immutable.
     *
     * @param n         entities used
     * @param phi       the dispersion ratio (1 = as the binomial or Poisson model expects)
     * @param phiPValue upper-tail chi-square p-value of n·phi on n - 1 degrees of freedom
     * @param tau2      between-entity variance on the stabilising scale
     */
    public record Estimate(int n, double phi, double phiPValue, double tau2) {
    }

    /**
     * Estimates phi and tau² from z-scores and their variances on the stabilising scale.
     *
     * @param z    z-scores against the target, unadjusted
     * @param s2   the sampling variance of each entity on the stabilising scale
     * @param trim fraction winsorised at each end, 0 to 0.5
     * @return the entities used, phi with its p-value, and tau²
     * @throws IllegalArgumentException if {@code z} and {@code s2} differ in length or {@code trim} is
     *                                  outside [0, 0.5)
     */
    public static Estimate estimate(double[] z, double[] s2, double trim) {
        if (z.length != s2.length) {
            throw new IllegalArgumentException("z and s2 differ in length");
        }
        if (!(trim >= 0 && trim < 0.5)) {
            throw new IllegalArgumentException("trim must be in [0, 0.5), got " + trim);
        }
        int n = z.length;
        if (n == 0) {
            return new Estimate(0, 0, 1, 0);
        }
        double[] w = winsorise(z, trim);
        double sum = 0;
        for (double x : w) {
            sum += x * x;
        }
        double phi = sum / n;
        if (n < 2) {
            return new Estimate(n, phi, 1, 0);
        }
        double p = 1 - new ChiSquaredDistribution(null, n - 1).cumulativeProbability(n * phi);
        double tau2 = 0;
        if (n * phi >= n - 1) {
            double sw = 0, sw2 = 0;
            for (double v : s2) {
                sw += 1 / v;
                sw2 += 1 / (v * v);
            }
            tau2 = Math.max(0, (n * phi - (n - 1)) / (sw - sw2 / sw));
        }
        return new Estimate(n, phi, p, tau2);
    }

    /** z clipped to its type-7 quantiles at trim and 1 - trim. */
    static double[] winsorise(double[] z, double trim) {
        if (trim == 0 || z.length < 2) {
            return z.clone();
        }
        double[] sorted = z.clone();
        Arrays.sort(sorted);
        double lo = quantile7(sorted, trim), hi = quantile7(sorted, 1 - trim);
        double[] out = new double[z.length];
        for (int i = 0; i < z.length; i++) {
            out[i] = Math.min(hi, Math.max(lo, z[i]));
        }
        return out;
    }

    /** R's default quantile (type 7) of sorted values. */
    static double quantile7(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }

    /**
     * The DerSimonian-Laird between-study variance of estimates y with variances v, around their
     * inverse-variance weighted mean: {@code Q = Σ w (y - ȳ_w)²},
     * {@code tau² = max(0, (Q - (k - 1)) / (Σ w - Σ w² / Σ w))}; what
     * {@code metafor::rma(yi, vi, method = "DL")} reports. Fewer than 2 estimates: 0.
     *
     * @param y the estimates
     * @param v their sampling variances
     * @return tau², at least 0
     */
    public static double derSimonianLaird(double[] y, double[] v) {
        int k = y.length;
        if (k < 2) {
            return 0;
        }
        double sw = 0, sw2 = 0, swy = 0;
        for (int i = 0; i < k; i++) {
            double w = 1 / v[i];
            sw += w;
            sw2 += w * w;
            swy += w * y[i];
        }
        double mean = swy / sw, q = 0;
        for (int i = 0; i < k; i++) {
            q += (y[i] - mean) * (y[i] - mean) / v[i];
        }
        return Math.max(0, (q - (k - 1)) / (sw - sw2 / sw));
    }
}
