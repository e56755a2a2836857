package org.childstat.indicators.scorecard.variation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.apache.commons.math3.distribution.BinomialDistribution;

/**
 * Control charts and run charts of a series in time order (docs/variation.md, Control charts and
 * rule sets), with the named {@link RuleSet}s. Limits come from a baseline: the first 12 points by
 * default, or all points; a baseline of fewer than 12 points is reported as short. Formulas as
 * qicharts2 0.8.1 and Laney (2002): see {@link ChartType}. Moving ranges of the I chart are
 * screened (those at or above 3.267 times their average dropped, Nelson 1982) only when asked.
 *
 * <p><b>Autocorrelation.</b> Values of overlapping rolling 12-month periods share eleven months
 * of data: consecutive points are strongly autocorrelated, and Shewhart limits and run rules
 * assume independent points. Chart monthly counts (or non-overlapping 12-month values) instead;
 * this class charts whatever series it is given and cannot tell.
 *
 * <p>Empty input gives an empty chart. A constant series has sigma 0: every point lies on the
 * centre line, no sigma rule fires, and the run rules see no useful points. A point with a zero
 * denominator is no data (value 0, limits at the centre, never flagged). Zero events everywhere
 * give a centre and limits of 0. Stateless and thread-safe.
 */
public final class ControlChart {
    /** The default baseline length. */
    public static final int DEFAULT_BASELINE = 12;
    static final double D2 = 1.128;

    private ControlChart() {
    }

    /**
     * One point of a series: for run and I charts the value is {@code numerator} (denominator 1);
     * for P and U charts {@code numerator / denominator}. A point that is not {@code counted} (a
     * month whose follow-up is still running, or whose value is suppressed) is charted where its
     * value lies but takes no part in the centre line, the limits or any rule, and never signals
     * (docs/scorecard.md, Trend charts). Immutable.
     *
     * @param period      the period's label
     * @param numerator   the value (run and I charts) or the events
     * @param denominator 1 (run and I charts), the children or the exposure; 0 for no data
     * @param counted     whether the point takes part in the chart's estimates and rules
     */
    public record SeriesPoint(String period, double numerator, double denominator, boolean counted) {
        /**
         * Checks the point.
         *
         * @param period      the period's label
         * @param numerator   the value or the events
         * @param denominator 1, the children or the exposure; 0 for no data
         * @param counted     whether the point takes part in the chart's estimates and rules
         * @throws IllegalArgumentException if the denominator is negative or NaN, a zero denominator has a
         *                                  non-zero numerator, or the numerator is not finite
         */
        public SeriesPoint {
            Objects.requireNonNull(period, "period");
            if (!(denominator >= 0)) {
                throw new IllegalArgumentException(period + ": denominator must be >= 0, got " + denominator);
            }
            if (denominator == 0 && numerator != 0) {
                throw new IllegalArgumentException(period + ": " + numerator + " over a denominator of 0");
            }
            if (!Double.isFinite(numerator)) {
                throw new IllegalArgumentException(period + ": value must be a number, got " + numerator);
            }
        }

        /**
         * A counted point.
         *
         * @param period      the period's label
         * @param numerator   the value or the events
         * @param denominator 1, the children or the exposure; 0 for no data
         */
        public SeriesPoint(String period, double numerator, double denominator) {
            this(period, numerator, denominator, true);
        }

        /**
         * A counted value for run and I charts.
         *
         * @param period the period's label
         * @param value  the value
         * @return the point, with denominator 1
         */
        public static SeriesPoint of(String period, double value) {
            return new SeriesPoint(period, value, 1);
        }

        /**
         * This point, shown but not counted.
         *
         * @return a copy that takes no part in the centre, the limits or the rules
         */
        public SeriesPoint notCounted() {
            return new SeriesPoint(period, numerator, denominator, false);
        }

        /**
         * The point's value.
         *
         * @return numerator / denominator; 0 for a zero denominator
         */
        public double value() {
            return denominator == 0 ? 0 : numerator / denominator;
        }
    }

    /**
     * How to chart. Immutable.
     *
     * @param type      the chart
     * @param rules     the rule set
     * @param baseline  points the limits come from (from the first); 0 for all
     * @param screenMovingRanges drop moving ranges >= 3.267 x their mean before the I chart's sigma
     */
    public record Options(ChartType type, RuleSet rules, int baseline, boolean screenMovingRanges) {
        /**
         * Checks the options.
         *
         * @param type               the chart
         * @param rules              the rule set
         * @param baseline           points the limits come from; 0 for all
         * @param screenMovingRanges whether to screen large moving ranges (I charts)
         * @throws IllegalArgumentException if {@code baseline < 0}
         */
        public Options {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(rules, "rules");
            if (baseline < 0) {
                throw new IllegalArgumentException("baseline must be >= 0, got " + baseline);
            }
        }

        /**
         * The chart with its usual rules (Anhoej for run charts, Making Data Count otherwise), a 12-point baseline.
         *
         * @param type the chart
         * @return the options
         */
        public static Options of(ChartType type) {
            return new Options(type, type == ChartType.RUN ? RuleSet.ANHOEJ : RuleSet.MAKING_DATA_COUNT,
                    DEFAULT_BASELINE, false);
        }

        /**
         * Another rule set.
         *
         * @param set the rule set
         * @return options with that rule set and everything else unchanged
         */
        public Options withRules(RuleSet set) {
            return new Options(type, set, baseline, screenMovingRanges);
        }

        /**
         * Another baseline.
         *
         * @param points points the limits come from (from the first); 0 for all
         * @return options with that baseline and everything else unchanged
         * @throws IllegalArgumentException if {@code points < 0}
         */
        public Options withBaseline(int points) {
            return new Options(type, rules, points, screenMovingRanges);
        }
    }

    /**
     * A charted point. Immutable.
     *
     * @param period the period
     * @param value  the point's value
     * @param centre the centre line
     * @param lower  the lower 3-sigma limit (NaN on run charts)
     * @param upper  the upper 3-sigma limit (NaN on run charts)
     * @param sigma  this point's sigma (NaN on run charts)
     * @param rules  ids of the rules that flag it (empty: no signal)
     * @param counted whether it took part in the centre, the limits and the rules (a point that did
     *                not is never flagged)
     */
    public record ChartPoint(String period, double value, double centre, double lower, double upper, double sigma,
                             List<String> rules, boolean counted) {
        /**
         * Copies the rules and checks that a point not counted does not signal.
         *
         * @param period  the period
         * @param value   the point's value
         * @param centre  the centre line
         * @param lower   the lower limit
         * @param upper   the upper limit
         * @param sigma   this point's sigma
         * @param rules   ids of the rules that flag it
         * @param counted whether it took part in the estimates and the rules
         * @throws IllegalArgumentException if a point that is not counted has rules
         */
        public ChartPoint {
            rules = List.copyOf(rules);
            if (!counted && !rules.isEmpty()) {
                throw new IllegalArgumentException(period + ": a point that is not counted cannot signal");
            }
        }

        /**
         * Whether a rule flags the point.
         *
         * @return true when {@link #rules()} is not empty
         */
        public boolean signal() {
            return !rules.isEmpty();
        }
    }

    /**
     * A chart. Immutable.
     *
     * @param options         how it was charted
     * @param points          the points in order
     * @param baselinePoints  points the limits came from
     * @param shortBaseline   fewer than 12 baseline points
     * @param useful          points not on the centre line
     * @param longestRun      the longest run on one side of the centre
     * @param longestRunLimit Anhoej's limit: a longer run signals
     * @param crossings       crossings of the centre line
     * @param crossingsLimit  Anhoej's limit: fewer crossings signal
     * @param sigmaZ          Laney's sigma_z for P' and U' (1 otherwise)
     */
    public record Result(Options options, List<ChartPoint> points, int baselinePoints, boolean shortBaseline, int useful,
                         int longestRun, int longestRunLimit, int crossings, int crossingsLimit, double sigmaZ) {
        /**
         * Copies the points.
         *
         * @param options         how it was charted
         * @param points          the points in order
         * @param baselinePoints  points the limits came from
         * @param shortBaseline   fewer than 12 baseline points
         * @param useful          points not on the centre line
         * @param longestRun      the longest run on one side of the centre
         * @param longestRunLimit Anhoej's limit on it
         * @param crossings       crossings of the centre line
         * @param crossingsLimit  Anhoej's limit on them
         * @param sigmaZ          Laney's sigma_z (1 for charts without it)
         */
        public Result {
            points = List.copyOf(points);
        }
    }

    /**
     * Charts a series. Only counted points with a denominator above 0 make the chart: the
     * baseline, the centre, sigma and every rule see them alone, in order. A point that is not
     * counted is placed at its value with the limits its own denominator gives (P and U charts)
     * or the chart's sigma (I charts), and no rule. A point with a zero denominator (a month with
     * no children) is no data: value 0, limits at the centre, no rule.
     *
     * @param all the series in time order
     * @param o   how to chart it
     * @return the chart
     */
    public static Result chart(List<SeriesPoint> all, Options o) {
        List<SeriesPoint> series = all.stream().filter(p -> p.counted() && p.denominator() > 0).toList();
        if (series.size() < all.size()) {
            Result r = chart(series, o);
            List<ChartPoint> points = new ArrayList<>(all.size());
            int next = 0;
            double centre = r.points().isEmpty() ? 0 : r.points().get(0).centre();
            double iSigma = r.points().isEmpty() ? 0 : r.points().get(0).sigma();
            for (SeriesPoint p : all) {
                if (p.counted() && p.denominator() > 0) {
                    points.add(r.points().get(next++));
                } else if (p.denominator() == 0) {
                    points.add(new ChartPoint(p.period(), 0, centre, centre, centre, 0, List.of(), false));
                } else {
                    double sigma = switch (o.type()) {
                        case RUN -> Double.NaN;
                        case I -> iSigma;
                        default -> Math.sqrt((o.type().isPercent() ? centre * (1 - centre) : centre)
                                / p.denominator()) * r.sigmaZ();
                    };
                    points.add(new ChartPoint(p.period(), p.value(), centre, lowerLimit(o.type(), centre, sigma),
                            upperLimit(o.type(), centre, sigma), sigma, List.of(), false));
                }
            }
            return new Result(r.options(), points, r.baselinePoints(), r.shortBaseline(), r.useful(), r.longestRun(),
                    r.longestRunLimit(), r.crossings(), r.crossingsLimit(), r.sigmaZ());
        }
        int n = series.size();
        int base = o.baseline() == 0 ? n : Math.min(o.baseline(), n);
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = series.get(i).value();
        }
        double centre;
        double[] sigma = new double[n];
        double sigmaZ = 1;
        switch (o.type()) {
            case RUN -> {
                centre = n == 0 ? Double.NaN : median(Arrays.copyOf(v, base));
                Arrays.fill(sigma, Double.NaN);
            }
            case I -> {
                double sum = 0;
                for (int i = 0; i < base; i++) {
                    sum += v[i];
                }
                centre = base == 0 ? Double.NaN : sum / base;
                double s = averageMovingRange(Arrays.copyOf(v, base), o.screenMovingRanges()) / D2;
                Arrays.fill(sigma, s);
            }
            default -> {
                double y = 0, d = 0;
                for (int i = 0; i < base; i++) {
                    y += series.get(i).numerator();
                    d += series.get(i).denominator();
                }
                centre = d == 0 ? Double.NaN : y / d;
                boolean percent = o.type().isPercent();
                for (int i = 0; i < n; i++) {
                    double var = percent ? centre * (1 - centre) : centre;
                    sigma[i] = Math.sqrt(var / series.get(i).denominator());
                }
                if (o.type() == ChartType.P_PRIME || o.type() == ChartType.U_PRIME) {
                    double[] z = new double[base];
                    for (int i = 0; i < base; i++) {
                        z[i] = sigma[i] == 0 ? 0 : (v[i] - centre) / sigma[i];
                    }
                    sigmaZ = base < 2 ? 1 : averageMovingRange(z, false) / D2;
                    for (int i = 0; i < n; i++) {
                        sigma[i] *= sigmaZ;
                    }
                }
            }
        }
        List<List<String>> flags = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            flags.add(new ArrayList<>());
        }
        // zones: position in sigmas, and side of the centre
        double[] zone = new double[n];
        int[] side = new int[n];
        for (int i = 0; i < n; i++) {
            side[i] = v[i] > centre ? 1 : v[i] < centre ? -1 : 0;
            zone[i] = sigma[i] > 0 ? (v[i] - centre) / sigma[i] : 0;
        }
        int[] runs = anhoej(side);
        int useful = runs[0], longest = runs[1], crossings = runs[2];
        int longestLimit = useful == 0 ? 0 : (int) Math.rint(Math.log(useful) / Math.log(2)) + 3;
        int crossingsLimit = useful < 2 ? 0 : new BinomialDistribution(null, useful - 1, 0.5).inverseCumulativeProbability(0.05);
        boolean sigmaRules = o.type() != ChartType.RUN;
        switch (o.rules()) {
            case ANHOEJ -> {
                if (useful > 0) {
                    flagRunsLongerThan(side, longestLimit, "anhoej-run", flags);
                    if (crossings < crossingsLimit) {
                        for (int i = 0; i < n; i++) {
                            if (side[i] != 0) {
                                flags.get(i).add("anhoej-crossings");
                            }
                        }
                    }
                }
            }
            case MAKING_DATA_COUNT -> {
                if (sigmaRules) {
                    beyond(zone, 3, "mdc-3sigma", flags);
                }
                flagRunsLongerThan(side, 6, "mdc-shift", flags);
                trend(v, 6, "mdc-trend", flags);
                if (sigmaRules) {
                    twoOfThreeBetween(zone, "mdc-2of3", flags);
                }
            }
            case WESTERN_ELECTRIC -> {
                if (sigmaRules) {
                    beyond(zone, 3, "we1", flags);
                    kOfMBeyond(zone, 2, 3, 2, "we2", flags);
                    kOfMBeyond(zone, 4, 5, 1, "we3", flags);
                }
                flagRunsLongerThan(side, 7, "we4", flags);
            }
            case NELSON -> {
                if (sigmaRules) {
                    beyond(zone, 3, "n1", flags);
                }
                flagRunsLongerThan(side, 8, "n2", flags);
                trend(v, 6, "n3", flags);
                alternating(v, 14, "n4", flags);
                if (sigmaRules) {
                    kOfMBeyond(zone, 2, 3, 2, "n5", flags);
                    kOfMBeyond(zone, 4, 5, 1, "n6", flags);
                    inOrOut(zone, 15, true, "n7", flags);
                    inOrOut(zone, 8, false, "n8", flags);
                }
            }
        }
        List<ChartPoint> points = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            points.add(new ChartPoint(series.get(i).period(), v[i], centre, lowerLimit(o.type(), centre, sigma[i]),
                    upperLimit(o.type(), centre, sigma[i]), sigma[i], flags.get(i), true));
        }
        return new Result(o, points, base, base < DEFAULT_BASELINE, useful, longest, longestLimit, crossings,
                crossingsLimit, sigmaZ);
    }

    /** The lower 3-sigma limit: none on run charts, clamped at 0 on P and U charts. */
    private static double lowerLimit(ChartType type, double centre, double sigma) {
        return switch (type) {
            case RUN -> Double.NaN;
            case I -> centre - 3 * sigma;
            default -> Math.max(0, centre - 3 * sigma);
        };
    }

    /** The upper 3-sigma limit: none on run charts, clamped at 1 on P charts. */
    private static double upperLimit(ChartType type, double centre, double sigma) {
        return switch (type) {
            case RUN -> Double.NaN;
            case P, P_PRIME -> Math.min(1, centre + 3 * sigma);
            default -> centre + 3 * sigma;
        };
    }

    /** {useful points, longest run, crossings} over the sides, points on the centre (0) left out. */
    static int[] anhoej(int[] side) {
        int useful = 0, longest = 0, run = 0, crossings = 0, last = 0;
        for (int s : side) {
            if (s == 0) {
                continue;
            }
            useful++;
            if (s == last) {
                run++;
            } else {
                if (last != 0) {
                    crossings++;
                }
                run = 1;
                last = s;
            }
            longest = Math.max(longest, run);
        }
        return new int[] {useful, longest, crossings};
    }

    /**
     * Flags the points of runs on one side longer than {@code limit}. Anhoej's rule skips points
     * on the centre line (they neither break nor extend a run); the other rule sets let them
     * break it.
     */
    private static void flagRunsLongerThan(int[] side, int limit, String rule, List<List<String>> flags) {
        boolean skipCentre = rule.startsWith("anhoej");
        List<Integer> run = new ArrayList<>();
        int last = 0;
        for (int i = 0; i < side.length; i++) {
            int s = side[i];
            if (s == 0) {
                if (skipCentre) {
                    continue;
                }
                flagIfLonger(run, limit, rule, flags);
                last = 0;
                continue;
            }
            if (s != last) {
                flagIfLonger(run, limit, rule, flags);
                last = s;
            }
            run.add(i);
        }
        flagIfLonger(run, limit, rule, flags);
    }

    private static void flagIfLonger(List<Integer> run, int limit, String rule, List<List<String>> flags) {
        if (run.size() > limit) {
            run.forEach(m -> flags.get(m).add(rule));
        }
        run.clear();
    }

    private static void beyond(double[] zone, double k, String rule, List<List<String>> flags) {
        for (int i = 0; i < zone.length; i++) {
            if (Math.abs(zone[i]) > k) {
                flags.get(i).add(rule);
            }
        }
    }

    /** k of m consecutive points beyond {@code s} sigma on one side: flags those beyond. */
    private static void kOfMBeyond(double[] zone, int k, int m, double s, String rule, List<List<String>> flags) {
        for (int end = m - 1; end < zone.length; end++) {
            for (int sign : new int[] {1, -1}) {
                int count = 0;
                for (int i = end - m + 1; i <= end; i++) {
                    count += sign * zone[i] > s ? 1 : 0;
                }
                if (count >= k) {
                    for (int i = end - m + 1; i <= end; i++) {
                        if (sign * zone[i] > s && !flags.get(i).contains(rule)) {
                            flags.get(i).add(rule);
                        }
                    }
                }
            }
        }
    }

    /** Making Data Count's 2 of 3: at least 2 of 3 between 2 and 3 sigma, all 3 on one side. */
    private static void twoOfThreeBetween(double[] zone, String rule, List<List<String>> flags) {
        for (int end = 2; end < zone.length; end++) {
            for (int sign : new int[] {1, -1}) {
                int close = 0;
                boolean sameSide = true;
                for (int i = end - 2; i <= end; i++) {
                    double z = sign * zone[i];
                    sameSide &= z > 0;
                    close += z > 2 && z <= 3 ? 1 : 0;
                }
                if (sameSide && close >= 2) {
                    for (int i = end - 2; i <= end; i++) {
                        double z = sign * zone[i];
                        if (z > 2 && z <= 3 && !flags.get(i).contains(rule)) {
                            flags.get(i).add(rule);
                        }
                    }
                }
            }
        }
    }

    /** {@code length} consecutive points each strictly above (or below) the one before; a tie breaks it. */
    private static void trend(double[] v, int length, String rule, List<List<String>> flags) {
        for (int dir : new int[] {1, -1}) {
            int runStart = 0;
            for (int i = 1; i <= v.length; i++) {
                boolean continues = i < v.length && dir * (v[i] - v[i - 1]) > 0;
                if (!continues) {
                    if (i - runStart >= length) {
                        for (int j = runStart; j < i; j++) {
                            if (!flags.get(j).contains(rule)) {
                                flags.get(j).add(rule);
                            }
                        }
                    }
                    runStart = i;
                }
            }
        }
    }

    /** {@code length} points in a row alternating up and down (a tie breaks the pattern). */
    private static void alternating(double[] v, int length, String rule, List<List<String>> flags) {
        int first = 1; // first difference of the current alternating stretch
        for (int i = 1; i <= v.length; i++) {
            boolean continues = i < v.length && v[i] != v[i - 1]
                    && (i == first || Math.signum(v[i] - v[i - 1]) == -Math.signum(v[i - 1] - v[i - 2]));
            if (!continues) {
                int points = i - first + 1; // differences first..i-1 span points first-1..i-1
                if (i > first && points >= length) {
                    for (int j = first - 1; j < i; j++) {
                        flags.get(j).add(rule);
                    }
                }
                // a new stretch starts with the difference at i (if it is not a tie)
                first = i < v.length && v[i] != v[i - 1] ? i : i + 1;
            }
        }
    }

    /** {@code length} in a row within 1 sigma ({@code within}) or none within 1 sigma. */
    private static void inOrOut(double[] zone, int length, boolean within, String rule, List<List<String>> flags) {
        int runStart = 0;
        for (int i = 0; i <= zone.length; i++) {
            boolean member = i < zone.length && (within ? Math.abs(zone[i]) < 1 : Math.abs(zone[i]) > 1);
            if (!member) {
                if (i - runStart >= length) {
                    for (int j = runStart; j < i; j++) {
                        flags.get(j).add(rule);
                    }
                }
                runStart = i + 1;
            }
        }
    }

    static double averageMovingRange(double[] x, boolean screen) {
        if (x.length < 2) {
            return 0;
        }
        double[] mr = new double[x.length - 1];
        double sum = 0;
        for (int i = 1; i < x.length; i++) {
            mr[i - 1] = Math.abs(x[i] - x[i - 1]);
            sum += mr[i - 1];
        }
        double amr = sum / mr.length;
        if (screen) {
            double kept = 0;
            int count = 0;
            for (double r : mr) {
                if (r < 3.267 * amr) {
                    kept += r;
                    count++;
                }
            }
            amr = count == 0 ? amr : kept / count;
        }
        return amr;
    }

    static double median(double[] x) {
        if (x.length == 0) {
            return Double.NaN;
        }
        double[] s = x.clone();
        Arrays.sort(s);
        int m = s.length / 2;
        return s.length % 2 == 1 ? s[m] : (s[m - 1] + s[m]) / 2;
    }
}
