package org.childstat.indicators.scorecard.variation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The edges issue 5 names: one entity, all equal, zero events, a 100% entity, denominators of 1. */
class FunnelEdgesTest {
    static final FunnelComparison.Options PERCENT = FunnelComparison.Options.defaults(Measure.PERCENT, 100);
    static final FunnelComparison.Options RATE = FunnelComparison.Options.defaults(Measure.RATE, 1000);

    private static void allFinite(FunnelComparison.Result r) {
        for (FunnelComparison.Row row : r.rows()) {
            for (double x : new double[] {row.value(), row.expected(), row.z(), row.pValue(), row.qValue(),
                    row.shrunkValue(), row.shrunkLower(), row.shrunkUpper()}) {
                assertTrue(Double.isFinite(x), () -> "not finite in " + row);
            }
            for (double x : row.lower()) {
                assertTrue(Double.isFinite(x) && x >= 0, () -> "lower limit " + row);
            }
        }
        assertTrue(Double.isFinite(r.overdispersion().phi()) && Double.isFinite(r.overdispersion().phiPValue())
                && Double.isFinite(r.overdispersion().tau2()));
    }

    @Test
    void empty_givesAnEmptyResult() {
        FunnelComparison.Result r = FunnelComparison.compare(List.of(), PERCENT);
        assertEquals(List.of(), r.rows());
        assertEquals(0, r.overdispersion().n());
    }

    @Test
    void oneEntity_isItsOwnTarget() {
        FunnelComparison.Result r = FunnelComparison.compare(List.of(new Tally("A", 3, 10)), PERCENT);
        allFinite(r);
        FunnelComparison.Row a = r.rows().get(0);
        assertEquals(0, a.z(), 1e-12);
        assertEquals(1, a.pValue(), 1e-12);
        assertEquals(FunnelComparison.Band.WITHIN, a.band());
        assertEquals(1, r.overdispersion().phiPValue());
        assertEquals(0, r.overdispersion().tau2());
    }

    @Test
    void allEqual_noOverdispersionNoFlags() {
        List<Tally> t = List.of(new Tally("A", 10, 50), new Tally("B", 10, 50), new Tally("C", 10, 50));
        FunnelComparison.Result r = FunnelComparison.compare(t, PERCENT);
        allFinite(r);
        assertEquals(0, r.overdispersion().phi(), 1e-12);
        assertEquals(0, r.overdispersion().tau2());
        assertFalse(r.adjusted());
        r.rows().forEach(row -> assertEquals("", row.flag()));
        // no between-entity variance: the prior takes its largest size, the level's total (150), so each
        // entity of 50 keeps the weight 50 / (50 + 150) and lands on the common value
        r.rows().forEach(row -> {
            assertEquals(20.0, row.shrunkValue(), 1e-9);
            assertEquals(0.25, row.shrunk().weight(), 1e-9);
        });
    }

    @Test
    void zeroEventsEverywhere_targetZero_limitsZero_noNaN() {
        List<Tally> t = List.of(new Tally("A", 0, 50), new Tally("B", 0, 5), new Tally("C", 0, 500));
        for (FunnelComparison.Options o : List.of(PERCENT, RATE)) {
            FunnelComparison.Result r = FunnelComparison.compare(t, o);
            allFinite(r);
            assertEquals(0, r.target());
            r.rows().forEach(row -> {
                assertEquals(0, row.upper()[0], 1e-12);
                assertEquals(FunnelComparison.Band.WITHIN, row.band());
                assertEquals(1.0, row.shrunk().weight());
            });
        }
    }

    @Test
    void aHundredPercentEntity_isFiniteAndFlaggedHigh() {
        List<Tally> t = List.of(new Tally("A", 40, 40), new Tally("B", 20, 100), new Tally("C", 22, 100),
                new Tally("D", 18, 100), new Tally("E", 25, 110));
        FunnelComparison.Result r = FunnelComparison.compare(t, PERCENT);
        allFinite(r);
        FunnelComparison.Row a = r.rows().get(0);
        assertEquals(100.0, a.value());
        assertEquals(FunnelComparison.Band.HIGH_998, a.band());
        assertTrue(a.shrunkUpper() <= 100.0);
    }

    @Test
    void denominatorsOfOne_cannotSignal() {
        List<Tally> t = List.of(new Tally("A", 1, 1), new Tally("B", 0, 1), new Tally("C", 30, 100),
                new Tally("D", 33, 110));
        FunnelComparison.Result r = FunnelComparison.compare(t, PERCENT.withOverdispersion(Overdispersion.Method.NONE));
        allFinite(r);
        // target 64/212 = 0.302: P(X = 0 | n = 1) = 0.698 and P(X = 1) = 0.302, both far above 2.5%
        FunnelComparison.Row b = r.rows().get(1);
        assertTrue(b.cannotSignalLow(), "0 of 1 can never be below an exact lower limit at 95%");
        assertEquals("WITHIN_CANNOT_SIGNAL_LOW_CANNOT_SIGNAL_HIGH", b.bandLabel());
        FunnelComparison.Row a = r.rows().get(0);
        assertEquals(FunnelComparison.Band.WITHIN, a.band(), "1 of 1 is not extreme (P = 0.30), though above the "
                + "interpolated 95% limit");
        assertTrue(a.cannotSignalHigh());
    }

    @Test
    void badInput_isRejectedWithTheEntity() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FunnelComparison.compare(List.of(new Tally("X", 5, 4)), PERCENT));
        assertTrue(e.getMessage().contains("X"));
        assertThrows(IllegalArgumentException.class, () -> new Tally("Y", 1, 0));
        assertThrows(IllegalArgumentException.class, () -> new Tally("Y", 0, -1));
        assertThrows(IllegalArgumentException.class, () -> new Tally("Y", -1, 3));
        assertThrows(IllegalArgumentException.class, () -> PERCENT.withLevels(0.998, 0.95));
    }

    @Test
    void zeroDenominator_aRowThatSaysSoAndNoEffectOnTheOthers() {
        List<Tally> t = List.of(new Tally("A", 10, 50), new Tally("Z", 0, 0), new Tally("B", 30, 60));
        for (FunnelComparison.Options o : List.of(PERCENT, RATE)) {
            FunnelComparison.Result with = FunnelComparison.compare(t, o);
            FunnelComparison.Result without = FunnelComparison.compare(List.of(t.get(0), t.get(2)), o);
            allFinite(with);
            FunnelComparison.Row z = with.rows().get(1);
            assertEquals("Z", z.tally().entityId());
            assertEquals(1.0, z.pValue());
            assertEquals(1.0, z.qValue());
            assertEquals(0.0, z.shrunk().weight());
            assertEquals("WITHIN_CANNOT_SIGNAL_LOW_CANNOT_SIGNAL_HIGH", z.bandLabel());
            assertEquals(without.target(), with.target());
            assertEquals(without.rows().get(1).qValue(), with.rows().get(2).qValue(), 1e-15);
        }
    }

    // docs/variation.md, Choices (Cannot signal): smallest n at which 0 events can fall below the
    // exact lower limit
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"0.05, 72, 135", "0.1, 36, 66", "0.2, 17, 31", "0.3, 11, 20",
            "0.5, 6, 10"})
    void minimumDenominator_forALowSignal(double theta, double n95, double n998) {
        assertEquals(n95, FunnelComparison.minimumDenominator(Measure.PERCENT, theta, 0.025, false));
        assertEquals(n998, FunnelComparison.minimumDenominator(Measure.PERCENT, theta, 0.001, false));
    }

    @Test
    void minimumDenominator_reportedWithTheComparison() {
        FunnelComparison.Result r = FunnelComparison.compare(List.of(new Tally("A", 10, 100), new Tally("B", 10, 100)),
                PERCENT);
        assertEquals(36, r.minimumDenominatorLow()[0]);   // theta = 0.1 at 95%
        assertEquals(66, r.minimumDenominatorLow()[1]);   // and 99.8%
        assertEquals(2, r.minimumDenominatorHigh()[0]);   // 0.1^2 = 0.01 < 0.025
        assertEquals(Double.POSITIVE_INFINITY, FunnelComparison.minimumDenominator(Measure.RATE, 0.002, 0.025, true));
        assertEquals(-Math.log(0.025) / 0.002, FunnelComparison.minimumDenominator(Measure.RATE, 0.002, 0.025, false),
                1e-9);
    }

    @Test
    void benjaminiHochberg_edges() {
        assertEquals(0, BenjaminiHochberg.adjust(new double[0]).length);
        double[] q = BenjaminiHochberg.adjust(new double[] {0.5});
        assertEquals(0.5, q[0]);
        assertThrows(IllegalArgumentException.class, () -> BenjaminiHochberg.adjust(new double[] {Double.NaN}));
    }

    /** What a funnel plot draws is what the rows were compared against, adjusted or exact, percent or rate. */
    @Test
    void limitsAt_equalTheRowsLimitsAtTheirDenominators() {
        List<Tally> spread = List.of(new Tally("a", 2, 40), new Tally("b", 30, 60), new Tally("c", 5, 80),
                new Tally("d", 60, 120), new Tally("e", 9, 200), new Tally("f", 90, 300));
        for (FunnelComparison.Options o : List.of(PERCENT, PERCENT.withOverdispersion(Overdispersion.Method.NONE),
                PERCENT.withOverdispersion(Overdispersion.Method.MULTIPLICATIVE), RATE)) {
            FunnelComparison.Result r = FunnelComparison.compare(spread, o);
            for (FunnelComparison.Row row : r.rows()) {
                double[][] at = r.limitsAt(row.tally().denominator());
                for (int l = 0; l < o.levels().length; l++) {
                    assertEquals(row.lower()[l], at[0][l], 1e-12, o + " " + row.tally());
                    assertEquals(row.upper()[l], at[1][l], 1e-12, o + " " + row.tally());
                }
            }
        }
        FunnelComparison.Result adjusted = FunnelComparison.compare(spread, PERCENT);
        assertTrue(adjusted.adjusted(), "this spread is overdispersed: the additive limits are drawn");
        assertThrows(IllegalArgumentException.class, () -> adjusted.limitsAt(0));
    }
}
