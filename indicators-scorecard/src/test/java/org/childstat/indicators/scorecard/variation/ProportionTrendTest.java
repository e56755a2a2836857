package org.childstat.indicators.scorecard.variation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * {@link ProportionTrend} against R 4.2.2 Patched (2022-11-10 r83330), Debian r-base-core:
 * every expected value is printed by {@code src/test/r/prop-trend-test.R} with
 * {@code sprintf("%.17g", ...)}; the R call is quoted above each case.
 */
class ProportionTrendTest {
    /** Relative agreement with R (R's lm works to about 1e-13 here). */
    static final double REL = 1e-9;

    static void assertRel(double expected, double actual) {
        assertEquals(expected, actual, REL * Math.abs(expected), () -> "expected " + expected + ", got " + actual);
    }

    static void assertR(double chi, double p, ProportionTrend.Result r) {
        assertRel(chi, r.chiSquare());
        assertRel(p, r.pValue());
        assertEquals(1, r.degreesOfFreedom());
    }

    static final long[] SMOKERS = {83, 90, 129, 70};
    static final long[] PATIENTS = {86, 93, 136, 82};
    /** Reunifications by caseload band 0-9, 10-14, 15-19, 20-29, 30+. */
    static final long[] REUNIFIED = {48, 61, 52, 30, 12};
    static final long[] CHILDREN = {80, 115, 112, 78, 40};

    // smokers <- c(83, 90, 129, 70); patients <- c(86, 93, 136, 82); prop.trend.test(smokers, patients)
    @Test
    void helpPageExample() {
        ProportionTrend.Result r = ProportionTrend.test(SMOKERS, PATIENTS);
        assertR(8.2249222851977102, 0.004131897477641487, r);
        assertEquals("X-squared = 8.22492, df = 1, p-value = 0.004132", r.toString());
    }

    // prop.trend.test(c(48, 61, 52, 30, 12), c(80, 115, 112, 78, 40))
    @Test
    void caseloadBands_decreasing() {
        assertR(13.884701148405849, 0.00019437425218054422, ProportionTrend.test(REUNIFIED, CHILDREN));
    }

    // prop.trend.test(c(100, 201, 300, 200, 100), c(500, 1000, 1500, 1000, 500))
    @Test
    void noTrend_pNearOne() {
        assertR(0.0010407996548554403, 0.97426357018881582,
                ProportionTrend.test(new long[] {100, 201, 300, 200, 100}, new long[] {500, 1000, 1500, 1000, 500}));
    }

    // prop.trend.test(c(48, 61, 52, 30, 12), c(80, 115, 112, 78, 40), c(5, 12, 17, 25, 35))
    @Test
    void customScores_bandMidpoints() {
        assertR(13.840185265746006, 0.00019903359073140435,
                ProportionTrend.test(REUNIFIED, CHILDREN, new double[] {5, 12, 17, 25, 35}));
        // prop.trend.test(c(30, 48, 12, 61, 52), c(78, 80, 40, 115, 112), c(25, 5, 35, 12, 17))
        assertR(13.840185265745994, 0.00019903359073140559, ProportionTrend.test(new long[] {30, 48, 12, 61, 52},
                new long[] {78, 80, 40, 115, 112}, new double[] {25, 5, 35, 12, 17}));
        // prop.trend.test(..., 3 - 0.5 * c(5, 12, 17, 25, 35))
        assertR(13.840185265746006, 0.00019903359073140435,
                ProportionTrend.test(REUNIFIED, CHILDREN, new double[] {0.5, -3, -5.5, -9.5, -14.5}));
    }

    // prop.trend.test(c(1, 2, 3), c(5, 6, 7), c(1, 2, 3)): 0.67924528301886888, p 0.40984672936846289;
    // prop.trend.test(c(1, 2, 3), c(5, 6, 7), c(1, 1 + 1e-5, 1 + 2e-5)): 0.67924528302274523 (R loses
    // about 6e-12 in its QR), p 0.40984672936712691; the exact value is that of scores 1, 2, 3
    @Test
    void closeButDistinctScores_areKept() {
        long[] x = {1, 2, 3}, n = {5, 6, 7};
        assertR(0.67924528301886888, 0.40984672936846289, ProportionTrend.test(x, n));
        assertR(0.67924528301886888, 0.40984672936846289, ProportionTrend.test(x, n, new double[] {1, 1 + 1e-5, 1 + 2e-5}));
    }

    // prop.trend.test(c(15, 30), c(50, 60))
    @Test
    void twoGroups() {
        assertR(4.5128205128205154, 0.033641721711823509, ProportionTrend.test(new long[] {15, 30}, new long[] {50, 60}));
    }

    // prop.trend.test(c(300, 250, 200, 150, 100), rep(1000, 5))
    @Test
    void veryStrongTrend_tinyPValueIsNotRoundedToZero() {
        ProportionTrend.Result r = ProportionTrend.test(new long[] {300, 250, 200, 150, 100},
                new long[] {1000, 1000, 1000, 1000, 1000});
        assertR(156.25000000000017, 7.4651285977547901e-36, r);
        assertTrue(r.pValue() > 0 && r.pValue() < 1e-20);
    }

    // prop.trend.test(c(1200000, 1200500, 1199000, 1201800, 1198200), rep(2000000, 5))
    // prop.trend.test(c(2500000000, 2500040000, 2499990000, 2500070000), rep(5e9, 4))
    // prop.trend.test(c(2500000000, 2510000000, 2490000000, 2530000000), rep(5e9, 4))
    @Test
    void largeCounts_noOverflow() {
        long m = 2_000_000;
        assertR(1.1020374265876716, 0.29381940877312523, ProportionTrend.test(
                new long[] {1_200_000, 1_200_500, 1_199_000, 1_201_800, 1_198_200}, new long[] {m, m, m, m, m}));
        long b = 5_000_000_000L;
        // exactly 0.256 / 0.249999999975 = 1.024000000102400...; R's QR is 7e-12 off
        ProportionTrend.Result r = ProportionTrend.test(
                new long[] {2_500_000_000L, 2_500_040_000L, 2_499_990_000L, 2_500_070_000L}, new long[] {b, b, b, b});
        assertRel(1.0240000000951768, r.chiSquare());
        assertEquals(0.256 / 0.249999999975, r.chiSquare(), 1e-15);
        assertRel(0.31157207329192144, r.pValue());
        // R: chi_square 196001.76401587448, p_value 0 (underflow)
        ProportionTrend.Result huge = ProportionTrend.test(
                new long[] {2_500_000_000L, 2_510_000_000L, 2_490_000_000L, 2_530_000_000L}, new long[] {b, b, b, b});
        assertRel(196001.76401587448, huge.chiSquare());
        assertEquals(0.0, huge.pValue());
    }

    /** The tests above fail for a wrong formula: the unweighted regression, or Pearson's k - 1 df test. */
    @Test
    void wrongFormulasDoNotPass() {
        // unweighted least squares of x/n on 1..k, explained SS over p(1-p)/mean(n)
        double[] f = new double[REUNIFIED.length];
        double fm = 0, sm = (f.length + 1) / 2.0, nm = 0, sx = 0, xs = 0, nn = 0;
        for (int i = 0; i < f.length; i++) {
            f[i] = (double) REUNIFIED[i] / CHILDREN[i];
            fm += f[i] / f.length;
            sx += REUNIFIED[i];
            nn += CHILDREN[i];
            nm += CHILDREN[i] / (double) f.length;
        }
        double sxy = 0, sxx = 0;
        for (int i = 0; i < f.length; i++) {
            sxy += (f[i] - fm) * (i + 1 - sm);
            sxx += (i + 1 - sm) * (i + 1 - sm);
        }
        double p = sx / nn;
        double unweighted = sxy * sxy / sxx * nm / (p * (1 - p));
        assertTrue(Math.abs(unweighted - 13.884701148405849) > 1e-3 * 13.88, "unweighted " + unweighted);
        double chi = ProportionTrend.test(REUNIFIED, CHILDREN).chiSquare();
        assertTrue(Math.abs(unweighted - chi) > 1e-3 * chi);
    }

    // R: prop.trend.test(c(0, 0, 0), c(5, 6, 7)) and prop.trend.test(c(5, 6, 7), c(5, 6, 7)) stop with
    // "NA/NaN/Inf in 'x'" (infinite weights); prop.trend.test(c(1, 2, 3), c(5, 6, 7), c(2, 2, 2)) gives
    // X-squared = NA, p-value = NA. Here: NaN, documented.
    @Test
    void degenerateCases_areNaN() {
        long[] n = {5, 6, 7};
        for (ProportionTrend.Result r : new ProportionTrend.Result[] {ProportionTrend.test(new long[] {0, 0, 0}, n),
                ProportionTrend.test(n, n), ProportionTrend.test(new long[] {1, 2, 3}, n, new double[] {2, 2, 2}),
                // prop.trend.test(c(1, 2, 3), c(5, 6, 7), c(1, 1 + 1e-9, 1 + 2e-9)): NA (lm's QR, tol 1e-7)
                ProportionTrend.test(new long[] {1, 2, 3}, n, new double[] {1, 1 + 1e-9, 1 + 2e-9})}) {
            assertTrue(Double.isNaN(r.chiSquare()), r::toString);
            assertTrue(Double.isNaN(r.pValue()), r::toString);
            assertEquals(1, r.degreesOfFreedom());
        }
    }

    @Test
    void invalidInput_isRejectedWithAClearMessage() {
        long[] n = {5, 6, 7};
        assertEquals("x, n and score must have the same length, got 2, 3 and 2",
                assertThrows(IllegalArgumentException.class, () -> ProportionTrend.test(new long[] {1, 2}, n)).getMessage());
        assertEquals("x, n and score must have the same length, got 3, 3 and 2", assertThrows(IllegalArgumentException.class,
                () -> ProportionTrend.test(new long[] {1, 2, 3}, n, new double[] {1, 2})).getMessage());
        assertEquals("at least 2 groups are needed, got 1", assertThrows(IllegalArgumentException.class,
                () -> ProportionTrend.test(new long[] {1}, new long[] {2})).getMessage());
        assertEquals("group 2: n must be > 0, got 0", assertThrows(IllegalArgumentException.class,
                () -> ProportionTrend.test(new long[] {1, 0}, new long[] {2, 0})).getMessage());
        assertEquals("group 1: x must be in [0, n] = [0, 2], got 3", assertThrows(IllegalArgumentException.class,
                () -> ProportionTrend.test(new long[] {3, 0}, new long[] {2, 1})).getMessage());
        assertEquals("group 1: x must be in [0, n] = [0, 2], got -1", assertThrows(IllegalArgumentException.class,
                () -> ProportionTrend.test(new long[] {-1, 0}, new long[] {2, 1})).getMessage());
        assertEquals("group 2: score must be finite, got NaN", assertThrows(IllegalArgumentException.class,
                () -> ProportionTrend.test(new long[] {1, 0}, new long[] {2, 1}, new double[] {1, Double.NaN})).getMessage());
        assertThrows(IllegalArgumentException.class, () -> ProportionTrend.test(new long[] {1, 0}, new long[] {2, 1},
                new double[] {Double.POSITIVE_INFINITY, 1}));
        assertThrows(NullPointerException.class, () -> ProportionTrend.test(null, n));
    }

    /** A table: x, n and scores of 2 to 8 groups. */
    record Table(long[] x, long[] n, double[] score) {
    }

    @Provide
    Arbitrary<Table> tables() {
        return Arbitraries.integers().between(2, 8).flatMap(k -> Combinators.combine(
                Arbitraries.longs().between(1, 500).array(long[].class).ofSize(k),
                Arbitraries.doubles().between(0, 1).array(double[].class).ofSize(k),
                Arbitraries.integers().between(-20, 20).array(int[].class).ofSize(k)).as((n, frac, s) -> {
                    long[] x = new long[k];
                    double[] score = new double[k];
                    for (int i = 0; i < k; i++) {
                        x[i] = Math.round(frac[i] * n[i]);
                        score[i] = s[i];
                    }
                    return new Table(x, n, score);
                }));
    }

    static boolean informative(Table t) {
        long sx = Arrays.stream(t.x()).sum(), sn = Arrays.stream(t.n()).sum();
        return sx > 0 && sx < sn && Arrays.stream(t.score()).distinct().count() > 1;
    }

    static void assertSame(ProportionTrend.Result a, ProportionTrend.Result b) {
        assertEquals(a.chiSquare(), b.chiSquare(), 1e-10 * (1 + a.chiSquare()));
        assertEquals(a.pValue(), b.pValue(), 1e-10);
    }

    @Property
    void permutingGroupsWithTheirScores_changesNothing(@ForAll("tables") Table t, @ForAll long seed) {
        Assume.that(informative(t));
        int k = t.x().length;
        Integer[] order = new Integer[k];
        for (int i = 0; i < k; i++) {
            order[i] = i;
        }
        java.util.Collections.shuffle(Arrays.asList(order), new java.util.Random(seed));
        long[] x = new long[k], n = new long[k];
        double[] s = new double[k];
        for (int i = 0; i < k; i++) {
            x[i] = t.x()[order[i]];
            n[i] = t.n()[order[i]];
            s[i] = t.score()[order[i]];
        }
        assertSame(ProportionTrend.test(t.x(), t.n(), t.score()), ProportionTrend.test(x, n, s));
    }

    @Property
    void affineScores_changeNothing(@ForAll("tables") Table t, @ForAll @IntRange(min = -1000, max = 1000) int a,
                                    @ForAll @IntRange(min = -50, max = 50) int b) {
        Assume.that(informative(t) && b != 0);
        double[] s = t.score().clone();
        for (int i = 0; i < s.length; i++) {
            s[i] = a / 7.0 + b / 3.0 * s[i];
        }
        assertSame(ProportionTrend.test(t.x(), t.n(), t.score()), ProportionTrend.test(t.x(), t.n(), s));
    }

    @Property
    void scalingTheCounts_scalesTheStatistic(@ForAll("tables") Table t, @ForAll @IntRange(min = 2, max = 100_000) int m) {
        Assume.that(informative(t));
        long[] x = t.x().clone(), n = t.n().clone();
        for (int i = 0; i < x.length; i++) {
            x[i] *= m;
            n[i] *= m;
        }
        double chi = ProportionTrend.test(t.x(), t.n(), t.score()).chiSquare();
        assertEquals(m * chi, ProportionTrend.test(x, n, t.score()).chiSquare(), 1e-10 * (1 + m * chi));
    }
}
