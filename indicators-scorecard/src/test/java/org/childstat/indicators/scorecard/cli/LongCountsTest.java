package org.childstat.indicators.scorecard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.childstat.indicators.scorecard.variation.ExactLimits;
import org.childstat.indicators.scorecard.variation.Measure;
import org.junit.jupiter.api.Test;

/**
 * Exact limits and tails with counts past 2^31 (issue 13: a denominator of 3,000,000,000
 * overflowed an int): continuous across the switch from commons-math's int-counted
 * distributions to the long-counted ones, right in the far tail, and refused past 10^15.
 */
class LongCountsTest {
    @Test
    void exactLimits_pastTwoToTheThirtyOne_agreeWithTheIntCountedOnesAtTheBoundary() {
        // n = 2^31 - 2 is the last n of commons-math's int-counted binomial; n + 2 goes the long way
        int n = Integer.MAX_VALUE - 1;
        for (double theta : new double[] {0.05, 0.5, 1e-6}) {
            for (double p : new double[] {0.001, 0.025, 0.975, 0.999}) {
                double small = ExactLimits.binomial(theta, n - 1, p), big = ExactLimits.binomial(theta, n + 1.0, p);
                double sd = Math.sqrt(theta * (1 - theta) / n);
                // the limit moves by far less than a 10^-4 of a count from n - 1 to n + 1 when it is not this close
                assertEquals(small, big, sd * 1e-4 + 1e-4 / n, theta + " " + p);
            }
        }
        double[] tails = ExactLimits.tails(Measure.PERCENT, 0.05, 3e9, 150_000_000L);
        assertEquals(0.5, tails[0], 0.01);
        assertEquals(0.5, tails[1], 0.01);
        double[] far = ExactLimits.tails(Measure.RATE, 1, 3e9, 3_000_300_000L); // z = 5.48
        assertEquals(2.1e-8, far[1], 0.2e-8);
        assertEquals(1, far[0], 1e-7);
        assertEquals(0.05, ExactLimits.binomial(0.05, 1e15, 0.5), 1e-14);
    }

    @Test
    void exactLimits_aboveTenToTheFifteen_refusedWithTheLimitNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ExactLimits.binomial(0.05, 2e15, 0.025));
        assertEquals("denominator 2.0E15 is above 1.0E15, the largest the exact limits are computed for", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ExactLimits.poisson(0.05, 2e15, 0.025));
    }
}
