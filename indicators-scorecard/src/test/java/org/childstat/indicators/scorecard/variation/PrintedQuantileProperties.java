package org.childstat.indicators.scorecard.variation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.distribution.GammaDistribution;

/**
 * {@link PrintedQuantile} prints what commons-math's exact search prints: for posteriors of the
 * kind variation.csv holds (an entity's count over its denominator or days, under priors from
 * vague to 10^8 strong, the strongest Shrinkage fits), both 95% ends, scaled as percents (100) or
 * rates (1,000 and 100,000 days), give the same 4-decimal text.
 */
class PrintedQuantileProperties {
    private static void same(org.apache.commons.math3.distribution.AbstractRealDistribution d, double accuracy,
                             double upper, double scale) {
        for (double p : new double[] {0.025, 0.975}) {
            String exact = PrintedQuantile.printed(d.inverseCumulativeProbability(p), scale);
            assertEquals(exact, PrintedQuantile.printed(PrintedQuantile.of(d, p, accuracy, upper, scale), scale),
                    () -> d + " p=" + p + " scale=" + scale);
        }
    }

    @Property(tries = 3000)
    void betaPosteriorsOfPercents(@ForAll @IntRange(min = 1, max = 5000) int n, @ForAll @DoubleRange(min = 0, max = 1) double share,
                                  @ForAll @DoubleRange(min = -1, max = 8) double logPriorSize,
                                  @ForAll @DoubleRange(min = 0.001, max = 0.999) @net.jqwik.api.constraints.Scale(6) double pooled) {
        int x = (int) Math.round(share * n);
        double size = Math.pow(10, logPriorSize);
        BetaDistribution d = new BetaDistribution(null, x + pooled * size, n - x + (1 - pooled) * size);
        same(d, Shrinkage.BETA_ACCURACY, 1, 100);
    }

    @Property(tries = 3000)
    void betaPosteriorsOfVagueAndSmallCounts(@ForAll @IntRange(min = 0, max = 30) int x, @ForAll @IntRange(min = 0, max = 30) int more) {
        same(new BetaDistribution(null, x + 0.5, more + 0.5), Shrinkage.BETA_ACCURACY, 1, 100);
    }

    @Property(tries = 3000)
    void gammaPosteriorsOfRates(@ForAll @IntRange(min = 0, max = 500) int events,
                                @ForAll @DoubleRange(min = 1, max = 6) double logDays,
                                @ForAll @DoubleRange(min = -5, max = -1) double logPooled,
                                @ForAll @DoubleRange(min = -1, max = 7) double logPriorDays,
                                @ForAll boolean perHundredThousand) {
        double days = Math.pow(10, logDays), pooled = Math.pow(10, logPooled), b = Math.pow(10, logPriorDays);
        GammaDistribution d = new GammaDistribution(null, events + pooled * b, 1 / (days + b), Shrinkage.GAMMA_ACCURACY);
        same(d, Shrinkage.GAMMA_ACCURACY, Double.POSITIVE_INFINITY, perHundredThousand ? 100_000 : 1000);
    }
}
