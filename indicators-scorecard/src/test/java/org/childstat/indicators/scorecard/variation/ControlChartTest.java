package org.childstat.indicators.scorecard.variation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ControlChartTest {
    /** The points flagged by a rule, 1-based. */
    private static List<Integer> flagged(ControlChart.Result r, String rule) {
        return IntStream.range(0, r.points().size()).filter(i -> r.points().get(i).rules().contains(rule))
                .map(i -> i + 1).boxed().toList();
    }

    private static List<ControlChart.SeriesPoint> values(double... v) {
        List<ControlChart.SeriesPoint> out = new ArrayList<>();
        for (int i = 0; i < v.length; i++) {
            out.add(ControlChart.SeriesPoint.of("t" + (i + 1), v[i]));
        }
        return out;
    }

    // Montgomery, Introduction to Statistical Quality Control, Example 7.1 (frozen orange juice cans):
    // 30 samples of 50, 347 nonconforming; p-bar = 0.2313, UCL = 0.4102, LCL = 0.0524; samples 15 and 23 out
    static final int[] CANS = {12, 15, 8, 10, 4, 7, 16, 9, 14, 10, 5, 6, 17, 12, 22, 8, 10, 5, 13, 11, 20, 18, 24, 15, 9,
            12, 7, 13, 9, 6};

    @Test
    void pChart_montgomeryExample71() {
        List<ControlChart.SeriesPoint> s = new ArrayList<>();
        for (int i = 0; i < CANS.length; i++) {
            s.add(new ControlChart.SeriesPoint("s" + (i + 1), CANS[i], 50));
        }
        ControlChart.Result r = ControlChart.chart(s, ControlChart.Options.of(ChartType.P).withBaseline(0)
                .withRules(RuleSet.WESTERN_ELECTRIC));
        ControlChart.ChartPoint first = r.points().get(0);
        assertEquals(347 / 1500.0, first.centre(), 1e-12);
        assertEquals(0.4102, first.upper(), 5e-5);
        assertEquals(0.0524, first.lower(), 5e-5);
        assertEquals(List.of(15, 23), flagged(r, "we1"));
        assertFalse(r.shortBaseline());
    }

    // Anhoej critical values (docs/variation.md, Control charts and rule sets; from round(log2(n)) + 3
    // and qbinom(0.05, n - 1, 0.5);
    // the qicharts2 vignette's example: 24 points -> longest run > 8, fewer than 8 crossings)
    @ParameterizedTest
    @CsvSource({"10, 6, 2", "12, 7, 3", "14, 7, 4", "17, 7, 5", "19, 7, 6", "22, 7, 7", "23, 8, 7", "24, 8, 8",
            "27, 8, 9", "30, 8, 10", "36, 8, 13", "48, 9, 18", "60, 9, 23", "100, 10, 41"})
    void anhoej_limits(int n, int longestRun, int crossings) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = i % 2 == 0 ? 1 : 2; // alternating: no point on the median
        }
        // an even baseline keeps the median (1.5) off the data, so every point is useful
        ControlChart.Result r = ControlChart.chart(values(v), ControlChart.Options.of(ChartType.RUN)
                .withBaseline(n % 2 == 0 ? 0 : 12));
        assertEquals(n, r.useful());
        assertEquals(longestRun, r.longestRunLimit());
        assertEquals(crossings, r.crossingsLimit());
    }

    @Test
    void anhoej_aShiftOfNinePointsSignalsAndPointsOnTheCentreAreSkipped() {
        // 16 points, median 6.5: sides - + - + - - - + - + + - - + + +, longest run 3, 9 crossings
        double[] v = {1, 9, 2, 8, 5, 3, 6, 7, 6, 7, 8, 6, 5, 9, 7, 8};
        ControlChart.Result r = ControlChart.chart(values(v), ControlChart.Options.of(ChartType.RUN).withBaseline(0));
        assertEquals(6.5, r.points().get(0).centre());
        assertEquals(16, r.useful());
        assertEquals(3, r.longestRun());
        assertEquals(9, r.crossings());
        assertEquals(7, r.longestRunLimit()); // round(log2(16)) + 3
        assertEquals(List.of(), flagged(r, "anhoej-run"));
        // points on the centre line are skipped: 2 and 2 around a median of 2 leave a run intact
        ControlChart.Result skip = ControlChart.chart(values(1, 3, 2, 3, 1, 2, 3), ControlChart.Options.of(ChartType.RUN)
                .withBaseline(0));
        assertEquals(5, skip.useful());
        // a baseline of 8 points alternating 1 and 3 (median 2), then 9 points at 5: with the last 3, a run of 10 > 7
        double[] shifted = {1, 3, 1, 3, 1, 3, 1, 3, 5, 5, 5, 5, 5, 5, 5, 5, 5};
        ControlChart.Result s = ControlChart.chart(values(shifted), ControlChart.Options.of(ChartType.RUN).withBaseline(8));
        assertEquals(7, s.longestRunLimit()); // round(log2(17)) + 3
        assertEquals(List.of(8, 9, 10, 11, 12, 13, 14, 15, 16, 17), flagged(s, "anhoej-run"));
    }

    /** An I chart with mean 10 and sigma 2/1.128 from 12 baseline points, then the given points. */
    private static ControlChart.Result iChart(RuleSet rules, double... after) {
        double[] v = new double[12 + after.length];
        for (int i = 0; i < 12; i++) {
            v[i] = i % 2 == 0 ? 9 : 11;
        }
        System.arraycopy(after, 0, v, 12, after.length);
        return ControlChart.chart(values(v), ControlChart.Options.of(ChartType.I).withRules(rules));
    }

    static final double SIGMA = 2 / 1.128;

    @Test
    void iChart_limitsFromTheBaseline() {
        ControlChart.Result r = iChart(RuleSet.MAKING_DATA_COUNT, 10);
        assertEquals(10, r.points().get(0).centre(), 1e-12);
        assertEquals(10 + 3 * SIGMA, r.points().get(0).upper(), 1e-12);
        assertEquals(12, r.baselinePoints());
    }

    // point beyond 3 sigma: exactly on the line is not beyond
    @Test
    void threeSigma_justInsideAndJustBeyond() {
        assertEquals(List.of(), flagged(iChart(RuleSet.MAKING_DATA_COUNT, 10 + 3 * SIGMA - 1e-9), "mdc-3sigma"));
        assertEquals(List.of(13), flagged(iChart(RuleSet.MAKING_DATA_COUNT, 10 + 3 * SIGMA + 1e-9), "mdc-3sigma"));
    }

    // MDC shift: 7 on one side (6 do not); WE4: 8 (7 do not); Nelson N2: 9 (8 do not)
    @ParameterizedTest
    @CsvSource({"MAKING_DATA_COUNT, mdc-shift, 7", "WESTERN_ELECTRIC, we4, 8", "NELSON, n2, 9"})
    void shifts(RuleSet set, String rule, int length) {
        // the baseline ends on 11 (above the centre 10): a point below breaks that run first
        double[] justShort = new double[length];
        double[] enough = new double[length + 1];
        java.util.Arrays.fill(justShort, 10.5);
        java.util.Arrays.fill(enough, 10.5);
        justShort[0] = 8.5;
        enough[0] = 8.5;
        assertEquals(List.of(), flagged(iChart(set, concat(justShort, 9.5)), rule)); // length - 1 above
        assertEquals(length, flagged(iChart(set, concat(enough, 9.5)), rule).size()); // length above
    }

    private static double[] concat(double[] a, double b) {
        double[] out = java.util.Arrays.copyOf(a, a.length + 1);
        out[a.length] = b;
        return out;
    }

    // MDC trend: 6 increasing points flag (5 do not); a tie breaks the trend
    @Test
    void trend_sixPointsAndTies() {
        assertEquals(List.of(13, 14, 15, 16, 17, 18), flagged(iChart(RuleSet.MAKING_DATA_COUNT, 9.1, 9.2, 9.3, 9.4,
                9.5, 9.6, 9.0), "mdc-trend"));
        assertEquals(List.of(), flagged(iChart(RuleSet.MAKING_DATA_COUNT, 9.1, 9.2, 9.3, 9.4, 9.5, 9.0), "mdc-trend"));
        assertEquals(List.of(), flagged(iChart(RuleSet.MAKING_DATA_COUNT, 9.1, 9.2, 9.3, 9.3, 9.4, 9.5, 9.0),
                "mdc-trend"));
    }

    // 2 of 3 beyond 2 sigma on one side (WE2); MDC counts only points between 2 and 3 sigma
    @Test
    void twoOfThree() {
        double two = 10 + 2.5 * SIGMA, three = 10 + 3.5 * SIGMA;
        assertEquals(List.of(13, 15), flagged(iChart(RuleSet.WESTERN_ELECTRIC, two, 10.5, two), "we2"));
        assertEquals(List.of(), flagged(iChart(RuleSet.WESTERN_ELECTRIC, two, 9.5, 10 - 2.5 * SIGMA), "we2"));
        assertEquals(List.of(), flagged(iChart(RuleSet.MAKING_DATA_COUNT, two, 10.5, three), "mdc-2of3"));
        assertEquals(List.of(13, 15), flagged(iChart(RuleSet.MAKING_DATA_COUNT, two, 10.5, two), "mdc-2of3"));
    }

    // Nelson N4: 14 points alternating up and down (13 do not); N7: 15 within 1 sigma
    @Test
    void nelsonAlternatingAndStratification() {
        double[] alt14 = new double[14];
        for (int i = 0; i < 14; i++) {
            alt14[i] = i % 2 == 0 ? 9.4 : 10.6;
        }
        ControlChart.Result r = ControlChart.chart(values(alt14), ControlChart.Options.of(ChartType.I)
                .withRules(RuleSet.NELSON).withBaseline(0));
        assertEquals(14, flagged(r, "n4").size());
        ControlChart.Result r13 = ControlChart.chart(values(java.util.Arrays.copyOf(alt14, 13)),
                ControlChart.Options.of(ChartType.I).withRules(RuleSet.NELSON).withBaseline(0));
        assertEquals(List.of(), flagged(r13, "n4"));
        // N7: an alternating baseline lies within 1 sigma (0.56 sigma), so 12 + 3 points of 10.2 make 15
        assertEquals(15, flagged(iChart(RuleSet.NELSON, 10.2, 10.2, 10.2, 13), "n7").size());
        assertEquals(List.of(), flagged(iChart(RuleSet.NELSON, 10.2, 10.2, 13), "n7"));
        // N8: 8 in a row beyond 1 sigma on either side
        double out = 1.5 * SIGMA;
        assertEquals(List.of(13, 14, 15, 16, 17, 18, 19, 20), flagged(iChart(RuleSet.NELSON, 10 + out, 10 - out,
                10 + out, 10 - out, 10 + out, 10 - out, 10 + out, 10 - out, 10), "n8"));
        assertEquals(List.of(), flagged(iChart(RuleSet.NELSON, 10 + out, 10 - out, 10 + out, 10 - out, 10 + out,
                10 - out, 10 + out, 10), "n8"));
    }

    @Test
    void pPrime_sigmaZIsTheAverageMovingRangeOfZ() {
        // p-bar = 0.2; sigma_i = sqrt(0.16 / 100) = 0.04; z = 0, 1, -1, 0.5 -> MR = 1, 2, 1.5 -> 1.5 / 1.128
        List<ControlChart.SeriesPoint> s = List.of(new ControlChart.SeriesPoint("a", 20, 100),
                new ControlChart.SeriesPoint("b", 24, 100), new ControlChart.SeriesPoint("c", 16, 100),
                new ControlChart.SeriesPoint("d", 20, 100));
        ControlChart.Result r = ControlChart.chart(s, ControlChart.Options.of(ChartType.P_PRIME).withBaseline(0));
        assertEquals(0.2, r.points().get(0).centre(), 1e-12);
        // z of d: (0.20 - 0.2) / 0.04 = 0; the four z: 0, 1, -1, 0 -> MR 1, 2, 1 -> mean 4/3
        assertEquals(4.0 / 3 / 1.128, r.sigmaZ(), 1e-12);
        assertEquals(0.04 * r.sigmaZ(), r.points().get(0).sigma(), 1e-12);
        assertTrue(r.shortBaseline());
    }

    @Test
    void edges_zeroDenominatorAndZeroEvents() {
        List<ControlChart.SeriesPoint> s = List.of(new ControlChart.SeriesPoint("a", 2, 40),
                new ControlChart.SeriesPoint("b", 0, 0), new ControlChart.SeriesPoint("c", 6, 40));
        ControlChart.Result r = ControlChart.chart(s, ControlChart.Options.of(ChartType.P).withBaseline(0));
        assertEquals(0.1, r.points().get(0).centre(), 1e-12); // 8 of 80: the empty month adds nothing
        ControlChart.ChartPoint b = r.points().get(1);
        assertEquals(0, b.value());
        assertEquals(b.centre(), b.upper());
        assertFalse(b.signal());
        ControlChart.Result zeros = ControlChart.chart(List.of(new ControlChart.SeriesPoint("a", 0, 10),
                new ControlChart.SeriesPoint("b", 0, 12)), ControlChart.Options.of(ChartType.U).withBaseline(0));
        zeros.points().forEach(p -> {
            assertEquals(0, p.upper());
            assertFalse(p.signal());
        });
    }

    @Test
    void edges_emptyAndConstant() {
        assertEquals(List.of(), ControlChart.chart(List.of(), ControlChart.Options.of(ChartType.I)).points());
        ControlChart.Result r = ControlChart.chart(values(5, 5, 5, 5, 5), ControlChart.Options.of(ChartType.I));
        assertEquals(0, r.points().get(0).sigma());
        r.points().forEach(p -> assertFalse(p.signal()));
        assertEquals(0, r.useful());
    }

    /**
     * A P' series like a county's CFSR4_P1 by entry month: 12 steady months, then 12 whose
     * follow-up is still running and fall to 0 (docs/scorecard.md, Trend charts). Counted, the fall
     * fires 3-sigma, shift and trend rules; marked as not counted, nothing signals and the chart is
     * the chart of the 12 complete months alone.
     */
    @Test
    void notCountedPoints_incompleteMonthsFallingToZero_noSignalAndNoPartInTheLimits() {
        List<ControlChart.SeriesPoint> counted = new ArrayList<>(), marked = new ArrayList<>(), complete = new ArrayList<>();
        int[] met = {43, 45, 41, 44, 42, 46, 43, 40, 44, 45, 42, 43};
        for (int i = 0; i < 24; i++) {
            double num = i < 12 ? met[i] : Math.max(0, 43 - 4 * (i - 11));
            ControlChart.SeriesPoint p = new ControlChart.SeriesPoint("M" + (i + 1), num, 100);
            counted.add(p);
            marked.add(i < 12 ? p : p.notCounted());
            if (i < 12) {
                complete.add(p);
            }
        }
        ControlChart.Options o = ControlChart.Options.of(ChartType.P_PRIME).withBaseline(0);
        ControlChart.Result naive = ControlChart.chart(counted, o);
        assertTrue(naive.points().subList(12, 24).stream().anyMatch(ControlChart.ChartPoint::signal),
                "counted, the incomplete months would signal");
        ControlChart.Result r = ControlChart.chart(marked, o);
        ControlChart.Result alone = ControlChart.chart(complete, o);
        for (int i = 0; i < 24; i++) {
            ControlChart.ChartPoint p = r.points().get(i);
            assertFalse(p.signal(), p.period());
            assertEquals(i < 12, p.counted(), p.period());
            assertEquals(alone.points().get(0).centre(), p.centre(), 1e-15, "centre from the complete months only");
        }
        assertEquals(alone.sigmaZ(), r.sigmaZ(), 1e-15);
        assertEquals(alone.useful(), r.useful());
        assertEquals(alone.points().subList(0, 12), r.points().subList(0, 12));
        ControlChart.ChartPoint last = r.points().get(23);
        assertEquals(0, last.value(), "shown where it lies");
        assertEquals(0.43, last.centre(), 0.01);
        assertEquals(last.centre() + 3 * last.sigma(), last.upper(), 1e-12, "limits for its own denominator");
        assertEquals(alone.points().get(0).sigma(), last.sigma(), 1e-15, "same n, same sigma as a counted month");
    }

    @Test
    void notCountedPoints_iAndRunCharts_neverFlagged() {
        List<ControlChart.SeriesPoint> s = new ArrayList<>(values(10, 11, 9, 10, 12, 10, 11, 9, 10, 11, 10, 9));
        for (int i = 0; i < 8; i++) {
            s.add(ControlChart.SeriesPoint.of("late" + i, 100 + i).notCounted());
        }
        for (ChartType type : List.of(ChartType.I, ChartType.RUN)) {
            ControlChart.Result r = ControlChart.chart(s, ControlChart.Options.of(type).withBaseline(0));
            assertTrue(r.points().stream().noneMatch(ControlChart.ChartPoint::signal), type.name());
            assertEquals(100, r.points().get(12).value());
            assertFalse(r.points().get(12).counted());
        }
        ControlChart.Result i = ControlChart.chart(s, ControlChart.Options.of(ChartType.I).withBaseline(0));
        assertEquals(i.points().get(0).sigma(), i.points().get(19).sigma(), 0);
    }

    @Test
    void chartPoint_notCountedWithARule_refused() {
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new ControlChart.ChartPoint("a", 1, 0, 0, 0, 0, List.of("mdc-3sigma"), false));
    }
}
