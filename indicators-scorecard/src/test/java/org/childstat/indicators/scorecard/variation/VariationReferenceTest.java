package org.childstat.indicators.scorecard.variation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Reference values from R 4.2.2 with Debian's r-cran-metafor 3.8.1, r-cran-vgam 1.1.7 and
 * r-cran-mass 7.3.58.2, made by {@code src/test/r/variation-references.R} (each call is there).
 */
class VariationReferenceTest {
    /** Closed-form results: agreement to rounding. */
    static final double EXACT = 1e-9;
    /** Fitted (optimised) parameters: agreement to the optimisers' tolerance. */
    static final double FITTED = 1e-3;

    // blim(0.3, n, p) with qbinom/pbinom, p = 0.001, 0.025, 0.975, 0.999 (variation-references.R, 1)
    @ParameterizedTest
    @CsvSource({
            "5, -0.198810019634676, -0.170250490866901, 0.640776014109347, 0.917695473251026",
            "10, -0.096459866825359, -0.011496670633964, 0.560802140354076, 0.740809165407767",
            "20, 0.001477316688282, 0.081176505980676, 0.487255146595147, 0.613699679347967",
            "50, 0.103129984547538, 0.166139380311935, 0.420135886716880, 0.499069588548036",
            "100, 0.160260746891119, 0.206902385791073, 0.386912014163788, 0.441562623860848"})
    void binomialLimits_withInterpolation(int n, double p001, double p025, double p975, double p999) {
        assertArrayEquals(new double[] {p001, p025, p975, p999}, new double[] {ExactLimits.binomial(0.3, n, 0.001),
                ExactLimits.binomial(0.3, n, 0.025), ExactLimits.binomial(0.3, n, 0.975),
                ExactLimits.binomial(0.3, n, 0.999)}, EXACT);
    }

    // plim(0.002, e, p) with qpois/ppois
    @ParameterizedTest
    @CsvSource({
            "500, -0.001994563436343, -0.001864085908577, 0.005803897392971, 0.009735251191341",
            "2000, -0.000472700924983, 0.000045619218854, 0.003938922684501, 0.005477976299258",
            "10000, 0.000716918710777, 0.001120500103845, 0.002874576867004, 0.003471352857380"})
    void poissonLimits_withInterpolation(double e, double p001, double p025, double p975, double p999) {
        assertArrayEquals(new double[] {p001, p025, p975, p999}, new double[] {ExactLimits.poisson(0.002, e, 0.001),
                ExactLimits.poisson(0.002, e, 0.025), ExactLimits.poisson(0.002, e, 0.975),
                ExactLimits.poisson(0.002, e, 0.999)}, EXACT);
    }

    @Test
    void benjaminiHochberg_isPAdjustBH() {
        double[] p = {0.01, 0.04, 0.03, 0.005, 0.2, 0.8, 0.049, 0.5};
        assertArrayEquals(new double[] {0.04, 0.0784, 0.0784, 0.04, 0.266666666666667, 0.8, 0.0784, 0.571428571428571},
                BenjaminiHochberg.adjust(p), EXACT);
    }

    static final double[] X = {2, 5, 9, 14, 30, 45, 3, 0, 12, 60};
    static final double[] N = {10, 20, 30, 40, 100, 120, 8, 6, 50, 150};

    @Test
    void derSimonianLaird_isMetaforRmaDL() {
        double[] y = new double[X.length], v = new double[X.length];
        for (int i = 0; i < X.length; i++) {
            y[i] = Math.asin(Math.sqrt(X[i] / N[i]));
            v[i] = 1 / (4 * N[i]);
        }
        assertEquals(4.818602605891556e-03, Overdispersion.derSimonianLaird(y, v), EXACT);
    }

    // FunnelPlotR's method on the same units: phi = 0.935, tau2 = 2.0e-4 (variation-references.R, 4)
    @Test
    void funnelOverdispersion_phiItsTestAndTau2() {
        List<Tally> t = new ArrayList<>();
        for (int i = 0; i < X.length; i++) {
            t.add(new Tally("U" + i, X[i], N[i]));
        }
        FunnelComparison.Result r = FunnelComparison.compare(t, FunnelComparison.Options.defaults(Measure.PERCENT, 100));
        assertEquals(0.935187823883871, r.overdispersion().phi(), EXACT);
        assertEquals(0.405446985232352, r.overdispersion().phiPValue(), EXACT);
        assertEquals(2.019107389664063e-04, r.overdispersion().tau2(), EXACT);
        // the single coherent gate: tau2 > 0 (n*phi >= n - 1), so the additive adjustment applies although phi < 1
        assertEquals(true, r.adjusted());
    }

    // VGAM::vglm(cbind(x, n - x) ~ 1, betabinomialff): Coef = (shape1, shape2)
    @Test
    void betaBinomialPrior_isVgamMaximumLikelihood() {
        double[] x = {3, 10, 25, 8, 40, 2, 30, 15, 5, 22};
        double[] n = {20, 30, 60, 40, 80, 25, 50, 45, 30, 50};
        List<Tally> t = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            t.add(new Tally("U" + i, x[i], n[i]));
        }
        Shrinkage.Prior prior = Shrinkage.fit(t, Measure.PERCENT, Shrinkage.Estimator.MAXIMUM_LIKELIHOOD);
        assertEquals(3.3981476718, prior.a(), FITTED * 3.4);
        assertEquals(6.8399438592, prior.b(), FITTED * 6.8);
    }

    // MASS::glm.nb(o ~ 1 + offset(log(e))): shape = theta, rate = theta / exp(intercept)
    @Test
    void gammaPoissonPrior_isGlmNbMaximumLikelihood() {
        double[] o = {3, 12, 0, 7, 25, 4, 9, 15, 1, 30};
        double[] e = {1500, 2500, 800, 3000, 4000, 2000, 2200, 2600, 900, 5000};
        List<Tally> t = new ArrayList<>();
        for (int i = 0; i < o.length; i++) {
            t.add(new Tally("U" + i, o[i], e[i]));
        }
        Shrinkage.Prior prior = Shrinkage.fit(t, Measure.RATE, Shrinkage.Estimator.MAXIMUM_LIKELIHOOD);
        assertEquals(6.0081759599, prior.a(), FITTED * 6.0);
        assertEquals(1557.8719571512, prior.b(), FITTED * 1558);
    }
}
