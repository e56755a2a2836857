package org.childstat.indicators.scorecard.variation;

import java.util.List;
import org.apache.commons.math3.analysis.MultivariateFunction;
import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.distribution.GammaDistribution;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.NelderMeadSimplex;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.SimplexOptimizer;
import org.apache.commons.math3.special.Gamma;

/**
 * Empirical-Bayes shrinkage of small entities towards their level (docs/variation.md, The funnel
 * comparison): a beta prior for percents (beta-binomial model) and a gamma prior for rates
 * (gamma-Poisson, i.e. negative binomial with exposure), fitted to all entities of the level, then
 * each entity's posterior mean, 95% equal-tailed posterior interval, and shrinkage weight (the
 * share of the posterior mean that comes from the entity's own data).
 *
 * <p>The prior is fitted by maximum likelihood of the marginal model (default; the same model as
 * {@code VGAM::vglm(cbind(x, n - x) ~ 1, betabinomialff)} and {@code MASS::glm.nb(x ~
 * offset(log(E)))}), whose between-entity variance is net of sampling noise by construction;
 * or by the noise-corrected method of moments (between variance =
 * variance of raw rates minus their mean sampling variance, floored). When the data show no
 * between-entity variance the prior's weight would grow without bound; it is capped at the
 * level's total denominator (the prior knows no more than the data it came from), so an entity
 * of n keeps the weight n / (n + N). With zero events everywhere (or 100%
 * everywhere) the pooled value is that bound and the posterior is Beta(x + 1/2, n - x + 1/2)
 * (Jeffreys) or Gamma(x + 1/2, E), with weight 1. Stateless and thread-safe.
 */
public final class Shrinkage {
    static final double MAX_PRIOR = 1e8;

    private Shrinkage() {
    }

    /** How the prior is fitted. Default: maximum likelihood. */
    public enum Estimator {
        /** Maximum likelihood of the beta-binomial or gamma-Poisson marginal model. */
        MAXIMUM_LIKELIHOOD,
        /** Noise-corrected method of moments. */
        MOMENTS
    }

    /**
     * The fitted prior: Beta(a, b) for percents, Gamma(shape a, rate b) for rates. Immutable.
     *
     * @param measure percent or rate
     * @param a       first parameter
     * @param b       second parameter
     */
    public record Prior(Measure measure, double a, double b) {
        /**
         * The prior mean.
         *
         * @return a/(a+b) for percents, a/b for rates
         */
        public double mean() {
            return measure == Measure.PERCENT ? a / (a + b) : a / b;
        }
    }

    /**
     * One entity's posterior. Immutable.
     *
     * @param value  posterior mean (proportion, or events per unit of exposure)
     * @param lower  2.5% posterior quantile
     * @param upper  97.5% posterior quantile
     * @param weight the entity's own weight, n/(n + a + b) or E/(E + b), 0 to 1
     */
    public record Posterior(double value, double lower, double upper, double weight) {
    }

    /**
     * Fits the prior of a level's entities.
     *
     * @param all       the entities' tallies (those with a zero denominator take no part)
     * @param measure   percent or rate
     * @param estimator maximum likelihood or moments
     * @return the prior; NaN parameters when there is nothing to fit (no tallies, or a pooled
     *         value of 0, or of 100% for percents)
     */
    public static Prior fit(List<Tally> all, Measure measure, Estimator estimator) {
        List<Tally> tallies = all.stream().filter(t -> t.denominator() > 0).toList();
        double sx = 0, sn = 0;
        for (Tally t : tallies) {
            sx += t.numerator();
            sn += t.denominator();
        }
        double pooled = sn == 0 ? 0 : sx / sn;
        if (tallies.isEmpty() || pooled == 0 || (measure == Measure.PERCENT && pooled == 1)) {
            return new Prior(measure, Double.NaN, Double.NaN);
        }
        double[] start = moments(tallies, measure, pooled);
        if (estimator == Estimator.MOMENTS || tallies.size() < 2) {
            return capped(measure, start[0], start[1], pooled, sn);
        }
        MultivariateFunction logLik = measure == Measure.PERCENT ? ab -> betaBinomial(tallies, ab)
                : ab -> gammaPoisson(tallies, ab);
        SimplexOptimizer opt = new SimplexOptimizer(1e-12, 1e-12);
        PointValuePair best = opt.optimize(new MaxEval(20_000), new ObjectiveFunction(logLik), GoalType.MAXIMIZE,
                new InitialGuess(new double[] {Math.log(start[0]), Math.log(start[1])}), new NelderMeadSimplex(2));
        double a = Math.exp(best.getPoint()[0]), b = Math.exp(best.getPoint()[1]);
        return capped(measure, a, b, pooled, sn);
    }

    /**
     * The prior can carry no more information than the data it was fitted to: its size (a + b
     * for the beta, the rate b for the gamma) is capped at the level's total denominator, keeping
     * its mean. Without the cap, a level with no visible between-entity variance would give every
     * entity the pooled value with a near-zero interval, as if the pooled value were known.
     */
    static Prior capped(Measure measure, double a, double b, double pooled, double total) {
        if (measure == Measure.PERCENT && a + b > total) {
            return new Prior(measure, pooled * total, (1 - pooled) * total);
        }
        if (measure != Measure.PERCENT && b > total) {
            return new Prior(measure, pooled * total, total);
        }
        return new Prior(measure, a, b);
    }

    /**
     * The posterior of one entity under a prior.
     *
     * @param t     the entity's tally
     * @param prior the level's prior (NaN parameters: a vague prior)
     * @return the posterior mean, its 95% interval and the entity's weight
     */
    public static Posterior posterior(Tally t, Prior prior) {
        return posterior(t, prior, Double.NaN);
    }

    /** Absolute accuracy of the beta's inverse (commons-math's default) and of the gamma's (set here). */
    static final double BETA_ACCURACY = BetaDistribution.DEFAULT_INVERSE_ABSOLUTE_ACCURACY, GAMMA_ACCURACY = 1e-10;

    /**
     * The posterior, its interval found for printing: with {@code scale} a number, each end prints
     * ({@code scale} times it, 4 decimals) as the exact search's does ({@link PrintedQuantile}),
     * found faster; NaN: the exact search.
     */
    static Posterior posterior(Tally t, Prior prior, double scale) {
        double x = t.numerator(), n = t.denominator();
        boolean printed = !Double.isNaN(scale);
        if (prior.measure() == Measure.PERCENT) {
            double a = Double.isNaN(prior.a()) ? 0.5 : prior.a(), b = Double.isNaN(prior.b()) ? 0.5 : prior.b();
            BetaDistribution post = new BetaDistribution(null, x + a, n - x + b);
            double weight = Double.isNaN(prior.a()) ? (n > 0 ? 1 : 0) : n / (n + a + b);
            return new Posterior((x + a) / (n + a + b),
                    printed ? PrintedQuantile.of(post, 0.025, BETA_ACCURACY, 1, scale) : post.inverseCumulativeProbability(0.025),
                    printed ? PrintedQuantile.of(post, 0.975, BETA_ACCURACY, 1, scale) : post.inverseCumulativeProbability(0.975),
                    weight);
        }
        double a = Double.isNaN(prior.a()) ? 0.5 : prior.a(), b = Double.isNaN(prior.b()) ? 0 : prior.b();
        if (n + b == 0) {
            return new Posterior(0, 0, 0, 0); // no exposure and no prior: nothing to estimate
        }
        GammaDistribution post = new GammaDistribution(null, x + a, 1 / (n + b), GAMMA_ACCURACY);
        double weight = Double.isNaN(prior.a()) ? (n > 0 ? 1 : 0) : n / (n + b);
        double inf = Double.POSITIVE_INFINITY;
        return new Posterior((x + a) / (n + b),
                printed ? PrintedQuantile.of(post, 0.025, GAMMA_ACCURACY, inf, scale) : post.inverseCumulativeProbability(0.025),
                printed ? PrintedQuantile.of(post, 0.975, GAMMA_ACCURACY, inf, scale) : post.inverseCumulativeProbability(0.975),
                weight);
    }

    /** Noise-corrected moments: {a, b} with the prior's size capped at 1e8. */
    static double[] moments(List<Tally> tallies, Measure measure, double pooled) {
        int k = tallies.size();
        double mean = 0;
        for (Tally t : tallies) {
            mean += t.rate();
        }
        mean /= k;
        double var = 0, noise = 0;
        for (Tally t : tallies) {
            var += (t.rate() - mean) * (t.rate() - mean);
            noise += measure == Measure.PERCENT ? pooled * (1 - pooled) / t.denominator() : pooled / t.denominator();
        }
        var = k > 1 ? var / (k - 1) : 0;
        double between = var - noise / k;
        if (measure == Measure.PERCENT) {
            double total = pooled * (1 - pooled);
            double size = between <= total / MAX_PRIOR ? MAX_PRIOR : Math.min(MAX_PRIOR, Math.max(1e-6, total / between - 1));
            return new double[] {pooled * size, (1 - pooled) * size};
        }
        // gamma: mean a/b = pooled, variance a/b² = between
        double rate = between <= pooled / MAX_PRIOR ? MAX_PRIOR / pooled : pooled / between;
        return new double[] {pooled * rate, rate};
    }

    /** Beta-binomial log likelihood (without the binomial coefficients) at (log a, log b). */
    static double betaBinomial(List<Tally> tallies, double[] logAb) {
        double a = Math.exp(Math.min(logAb[0], Math.log(MAX_PRIOR))), b = Math.exp(Math.min(logAb[1], Math.log(MAX_PRIOR)));
        double ll = 0, lnBeta = Gamma.logGamma(a) + Gamma.logGamma(b) - Gamma.logGamma(a + b);
        for (Tally t : tallies) {
            double x = t.numerator(), n = t.denominator();
            ll += Gamma.logGamma(x + a) + Gamma.logGamma(n - x + b) - Gamma.logGamma(n + a + b) - lnBeta;
        }
        return ll;
    }

    /** Gamma-Poisson log likelihood (without the terms free of a and b) at (log shape, log rate). */
    static double gammaPoisson(List<Tally> tallies, double[] logAb) {
        double a = Math.exp(Math.min(logAb[0], Math.log(MAX_PRIOR))), b = Math.exp(logAb[1]);
        double ll = 0, lga = Gamma.logGamma(a);
        for (Tally t : tallies) {
            double x = t.numerator(), e = t.denominator();
            ll += Gamma.logGamma(x + a) - lga + a * Math.log(b) - (x + a) * Math.log(b + e);
        }
        return ll;
    }
}
