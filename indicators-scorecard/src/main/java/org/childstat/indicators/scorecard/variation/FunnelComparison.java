package org.childstat.indicators.scorecard.variation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * Compares the entities of one level in one period against a target, as docs/variation.md (The
 * funnel comparison) and docs/outputs.md (variation.csv) say: exact funnel limits, overdispersion,
 * z-scores and p-values, Benjamini-Hochberg q-values, a flag, and shrunken estimates. Works on
 * tallies only.
 *
 * <ul>
 *   <li><b>Target</b>: the pooled value of the entities ({@code Σ numerator / Σ denominator}), or
 *       a fixed value (a standard).</li>
 *   <li><b>Scale</b>: arcsine square root for percents, {@code Y = asin(sqrt(x/n))},
 *       {@code s² = 1/(4n)}; square root for rates, {@code Y = sqrt(x/E)}, {@code s² = 1/(4E)}.
 *       Unadjusted {@code z = (Y - Y(target)) / s}.</li>
 *   <li><b>Overdispersion</b>: {@link Overdispersion} on those z (winsorised). ADDITIVE:
 *       variance {@code s² + tau²}; MULTIPLICATIVE: {@code s² · phi} when phi > 1; NONE: {@code s²}.
 *       The adjusted z and the adjusted limits use that same variance; limits are back-transformed
 *       ({@code sin²} and squaring: the square-root scale is squared back, unlike FunnelPlotR's
 *       CQC method). When no adjustment applies (NONE, tau² = 0, or phi &lt;= 1), the limits are the
 *       exact ones ({@link ExactLimits}), and the band comes from the exact tail probability of
 *       the observed count ({@link ExactLimits#tails}): beyond a level only when the tail is below
 *       the level's, so a false flag is never likelier than nominal; the p-value still comes from
 *       the z on the stabilising scale.</li>
 *   <li><b>Cannot signal</b>: limits below 0 (or above 1 for percents) are clamped. An entity
 *       cannot signal low when even 0 events would not be beyond the first (narrowest) level
 *       (exact mode: {@code P(X = 0)} at least its tail; adjusted mode: the lower limit clamped at
 *       0), and likewise high for percents; its band says so ({@code WITHIN_CANNOT_SIGNAL_LOW},
 *       {@code _HIGH}).</li>
 *   <li><b>Multiplicity</b>: {@code p = 2(1 - Φ(|z|))}; q-values by Benjamini-Hochberg over the
 *       entities compared; flag HIGH or LOW (the side of the target) when {@code q < fdr}.</li>
 *   <li><b>Exact guard</b> (default on, {@link Options#withExactGuard}): the normal approximation
 *       on the stabilising scale overstates the evidence of small counts (0 events where 3 are
 *       expected gives z = -3.5 on the square-root scale, while P(X = 0) = 0.05), and an
 *       overdispersion adjustment can only weaken evidence. So a p-value is never below the exact
 *       two-sided p-value {@code min(1, 2 min(P(X <= x), P(X >= x)))} at the target, and an
 *       adjusted band is never further out than the exact band. A deviation from the plain
 *       formula {@code 2(1 - Φ(|z|))}, documented in docs/variation.md (Choices) and
 *       CHANGELOG.md.</li>
 * </ul>
 * Values are reported times {@code scale} (100 for percents, 1,000 or 100,000 days for rates).
 * Empty input gives an empty result; one entity gives phi with p-value 1 and tau² 0; zero events
 * everywhere give a target of 0, zero-width limits and z = 0; an entity with a zero denominator
 * takes no part in the estimates and gets a row with value 0, p = q = 1, band
 * {@code WITHIN_CANNOT_SIGNAL_LOW_CANNOT_SIGNAL_HIGH} and the prior as its shrunken estimate.
 * Stateless and thread-safe.
 */
public final class FunnelComparison {
    private static final NormalDistribution NORMAL = new NormalDistribution(null, 0, 1);

    private FunnelComparison() {
    }

    /**
     * Where a value lies against the limits (variation.csv {@code funnel_band}): the adjusted
     * limits when the comparison was adjusted for overdispersion, else the exact tail of the
     * count. The names are those of the default levels; with other levels, {@code _95} means
     * beyond the first (narrowest) level and {@code _998} beyond the last (widest).
     */
    public enum Band {
        /** Inside the first level's limits, or on its limit. */
        WITHIN,
        /** Above the first level's upper limit, not above the last level's. */
        HIGH_95,
        /** Above the last level's upper limit. */
        HIGH_998,
        /** Below the first level's lower limit, not below the last level's. */
        LOW_95,
        /** Below the last level's lower limit. */
        LOW_998
    }

    /**
     * What to compare and how. Immutable; {@link #defaults(Measure, double)} then {@code withX}.
     *
     * @param measure        percent or rate
     * @param scale          multiplier of reported values (100, 1000, 100000)
     * @param target         a fixed target (as a proportion or events per unit of exposure), or null for the pooled value
     * @param levels         limit levels, ascending, e.g. 0.95 and 0.998
     * @param overdispersion the adjustment
     * @param trim           winsorised fraction at each end for estimating overdispersion
     * @param fdr            the q-value below which an entity is flagged
     * @param estimator      how the shrinkage prior is fitted
     * @param exactGuard     whether the exact test guards the normal approximation
     *                       ({@link #withExactGuard})
     * @param limits         whether each row carries its limits ({@link #withLimits})
     * @param printed        whether the shrunken intervals are found for printing with 4
     *                       decimals ({@link #withPrintedIntervals})
     */
    public record Options(Measure measure, double scale, Double target, double[] levels,
                          Overdispersion.Method overdispersion, double trim, double fdr,
                          Shrinkage.Estimator estimator, boolean exactGuard, boolean limits, boolean printed) {
        /**
         * Checks the options and copies the levels.
         *
         * @param measure        percent, rate or ratio
         * @param scale          multiplier of reported values (100, 1000, 100000), above 0
         * @param target         a fixed target (as a proportion or events per unit of exposure),
         *                       or null for the pooled value
         * @param levels         limit levels, at least one, ascending inside (0, 1)
         * @param overdispersion the adjustment
         * @param trim           winsorised fraction at each end, in [0, 0.5) (checked by
         *                       {@link FunnelComparison#compare})
         * @param fdr            the q-value below which an entity is flagged
         * @param estimator      how the shrinkage prior is fitted
         * @param exactGuard     whether the exact test guards the normal approximation
         * @param limits         whether each row carries its limits
         * @param printed        whether the shrunken intervals are found for printing
         * @throws NullPointerException     if {@code measure}, {@code levels}, {@code overdispersion}
         *                                  or {@code estimator} is null
         * @throws IllegalArgumentException if there is no level, the levels do not ascend inside
         *                                  (0, 1), or {@code scale} is not above 0
         */
        public Options {
            Objects.requireNonNull(measure, "measure");
            Objects.requireNonNull(overdispersion, "overdispersion");
            Objects.requireNonNull(estimator, "estimator");
            levels = levels.clone();
            if (levels.length == 0) {
                throw new IllegalArgumentException("at least one limit level is needed");
            }
            for (int i = 0; i < levels.length; i++) {
                if (!(levels[i] > 0 && levels[i] < 1) || (i > 0 && levels[i] <= levels[i - 1])) {
                    throw new IllegalArgumentException("limit levels must ascend inside (0, 1): " + Arrays.toString(levels));
                }
            }
            if (!(scale > 0)) {
                throw new IllegalArgumentException("scale must be > 0, got " + scale);
            }
        }

        /**
         * The defaults: pooled target, 95% and 99.8% limits, additive overdispersion, 10%
         * winsorising, flags at q &lt; 0.05, maximum-likelihood prior, exact guard on, limits on.
         *
         * @param measure percent, rate or ratio
         * @param scale   multiplier of reported values: 100 for percents, the days of a rate
         *                (1000, 100000), 1 for a ratio
         * @return the options
         * @throws NullPointerException     if {@code measure} is null
         * @throws IllegalArgumentException if {@code scale} is not above 0
         */
        public static Options defaults(Measure measure, double scale) {
            return new Options(measure, scale, null, new double[] {0.95, 0.998}, Overdispersion.Method.ADDITIVE,
                    Overdispersion.DEFAULT_TRIM, 0.05, Shrinkage.Estimator.MAXIMUM_LIKELIHOOD, true, true, false);
        }

        /**
         * The target to compare against.
         *
         * @param fixed a standard, as a proportion (0 to 1) or events per unit of exposure,
         *              unscaled; null for the pooled value of the entities (the default)
         * @return a copy with that target
         */
        public Options withTarget(Double fixed) {
            return new Options(measure, scale, fixed, levels, overdispersion, trim, fdr, estimator, exactGuard, limits, printed);
        }

        /**
         * The limit levels (default 0.95 and 0.998).
         *
         * @param chosen one or more levels, ascending inside (0, 1); the first decides
         *               {@code _95} bands and cannot-signal, the last {@code _998} bands
         * @return a copy with those levels
         * @throws IllegalArgumentException if there is none or they do not ascend inside (0, 1)
         */
        public Options withLevels(double... chosen) {
            return new Options(measure, scale, target, chosen, overdispersion, trim, fdr, estimator, exactGuard, limits, printed);
        }

        /**
         * The overdispersion adjustment (default {@link Overdispersion.Method#ADDITIVE}).
         *
         * @param method the adjustment
         * @return a copy with that adjustment
         * @throws NullPointerException if {@code method} is null
         */
        public Options withOverdispersion(Overdispersion.Method method) {
            return new Options(measure, scale, target, levels, method, trim, fdr, estimator, exactGuard, limits, printed);
        }

        /**
         * Whether the exact test guards the normal approximation (default true): a p-value is
         * never smaller than the exact two-sided p-value of the count, and a band never further
         * out than the exact tail allows. False gives the plain {@code 2(1 - Φ(|z|))}.
         *
         * @param on true to guard (the default), false for the plain normal approximation
         * @return a copy with the guard on or off
         */
        public Options withExactGuard(boolean on) {
            return new Options(measure, scale, target, levels, overdispersion, trim, fdr, estimator, on, limits, printed);
        }

        /**
         * Whether to compute each entity's limits (default true; for drawing a funnel). Without
         * them the rows' {@code lower} and {@code upper} are NaN; bands, z, p and q are the same
         * (in exact mode they come from tail probabilities, not from the drawn limits).
         *
         * @param on true to compute them (the default), false to leave them NaN
         * @return a copy with limits on or off
         */
        public Options withLimits(boolean on) {
            return new Options(measure, scale, target, levels, overdispersion, trim, fdr, estimator, exactGuard, on, printed);
        }

        /**
         * How the shrinkage prior is fitted (default {@link Shrinkage.Estimator#MAXIMUM_LIKELIHOOD}).
         *
         * @param chosen the estimator
         * @return a copy with that estimator
         * @throws NullPointerException if {@code chosen} is null
         */
        public Options withEstimator(Shrinkage.Estimator chosen) {
            return new Options(measure, scale, target, levels, overdispersion, trim, fdr, chosen, exactGuard, limits, printed);
        }

        /**
         * The winsorised fraction at each end of the z-scores when overdispersion is estimated
         * (default {@link Overdispersion#DEFAULT_TRIM}, 10%).
         *
         * @param fraction in [0, 0.5); a value outside makes {@link FunnelComparison#compare} throw
         * @return a copy with that fraction
         */
        public Options withTrim(double fraction) {
            return new Options(measure, scale, target, levels, overdispersion, fraction, fdr, estimator, exactGuard, limits, printed);
        }

        /**
         * Whether the shrunken intervals are only printed, with 4 decimals of the reported unit
         * (default false). True finds each end in about three CDF evaluations, only as far as the
         * fourth decimal of {@code scale} times it, and prints the same text as the exact search
         * (near a rounding boundary the exact search decides); the doubles may differ from the
         * exact search's anywhere inside that decimal, so they are for printing with 4 decimals
         * only. variation.csv uses it.
         *
         * @param on true for intervals found for printing, false for the exact search (the default)
         * @return a copy with that choice
         */
        public Options withPrintedIntervals(boolean on) {
            return new Options(measure, scale, target, levels, overdispersion, trim, fdr, estimator, exactGuard, limits, on);
        }
    }

    /**
     * One entity compared. Values in the options' scale. Immutable.
     *
     * @param tally         the entity's tally
     * @param value         numerator / denominator, scaled
     * @param expected      target x denominator (in numerator units)
     * @param z             the adjusted z-score
     * @param pValue        two-sided p-value of z
     * @param qValue        Benjamini-Hochberg q-value among the entities compared
     * @param band          against the adjusted limits
     * @param cannotSignalLow  the first level's lower limit is clamped at 0
     * @param cannotSignalHigh the first level's upper limit is clamped (percents: at 100%)
     * @param lower         lower limit per level, scaled
     * @param upper         upper limit per level, scaled
     * @param shrunk        the shrunken estimate (value and interval unscaled in the record; see {@link #shrunkValue()})
     * @param scale         the options' scale, which {@link #shrunkValue()} and its interval are multiplied by
     * @param flag          "HIGH", "LOW" or ""
     */
    public record Row(Tally tally, double value, double expected, double z, double pValue, double qValue, Band band,
                      boolean cannotSignalLow, boolean cannotSignalHigh, double[] lower, double[] upper,
                      Shrinkage.Posterior shrunk, double scale, String flag) {
        /**
         * The band as variation.csv's {@code funnel_band} writes it.
         *
         * @return the band's name; for {@code WITHIN}, followed by {@code _CANNOT_SIGNAL_LOW} and
         *         {@code _CANNOT_SIGNAL_HIGH} where they apply
         *         ({@code WITHIN_CANNOT_SIGNAL_LOW_CANNOT_SIGNAL_HIGH} for both)
         */
        public String bandLabel() {
            if (band != Band.WITHIN) {
                return band.name();
            }
            return band.name() + (cannotSignalLow ? "_CANNOT_SIGNAL_LOW" : "") + (cannotSignalHigh ? "_CANNOT_SIGNAL_HIGH" : "");
        }

        /**
         * The shrunken estimate, in the reported unit.
         *
         * @return the posterior mean times the scale (for a zero denominator, the prior's mean)
         */
        public double shrunkValue() {
            return shrunk.value() * scale;
        }

        /**
         * The lower end of the shrunken estimate's 95% interval, in the reported unit.
         *
         * @return the posterior's 2.5% quantile times the scale
         */
        public double shrunkLower() {
            return shrunk.lower() * scale;
        }

        /**
         * The upper end of the shrunken estimate's 95% interval, in the reported unit.
         *
         * @return the posterior's 97.5% quantile times the scale
         */
        public double shrunkUpper() {
            return shrunk.upper() * scale;
        }
    }

    /**
     * The comparison of a level. Immutable.
     *
     * @param options        how it was compared
     * @param target         the target, unscaled
     * @param overdispersion phi, its test, tau²
     * @param adjusted       whether the limits and z were adjusted for overdispersion
     * @param prior          the shrinkage prior
     * @param rows           one per entity, in input order
     */
    public record Result(Options options, double target, Overdispersion.Estimate overdispersion, boolean adjusted,
                         Shrinkage.Prior prior, List<Row> rows) {
        /**
         * Copies the rows.
         *
         * @param options        how it was compared
         * @param target         the target, unscaled
         * @param overdispersion phi, its test, tau²
         * @param adjusted       whether the limits and z were adjusted for overdispersion
         * @param prior          the shrinkage prior
         * @param rows           one per entity, in input order
         * @throws NullPointerException if {@code rows} or a row is null
         */
        public Result {
            rows = List.copyOf(rows);
        }

        /**
         * The smallest denominator at which an entity with no events at all is beyond each level's
         * lower limit: below it, an entity is too small to signal low ({@link #minimumDenominator}).
         *
         * @return one denominator per level, in the levels' order: a whole number of cases for
         *         percents, an exposure for rates; infinite when the target is 0
         */
        public double[] minimumDenominatorLow() {
            double[] out = new double[options.levels().length];
            for (int l = 0; l < out.length; l++) {
                out[l] = minimumDenominator(options.measure(), target, (1 - options.levels()[l]) / 2, false);
            }
            return out;
        }

        /**
         * The limits the comparison gives an entity of this denominator, scaled and clamped as in
         * {@link Row#lower()} and {@link Row#upper()}: {@code [lower per level, upper per level]}.
         * Adjusted for overdispersion when the comparison was, exact otherwise, whether or not the
         * rows carry limits ({@link Options#withLimits}); this is what a funnel plot draws.
         *
         * @param denominator the denominator (for rates, the exposure), above 0
         * @return {@code [0]} the lower limits and {@code [1]} the upper limits, one per level in
         *         the levels' order, scaled; lower limits clamped at 0, upper ones at the scale for
         *         percents
         * @throws IllegalArgumentException if the denominator is not above 0
         */
        public double[][] limitsAt(double denominator) {
            if (!(denominator > 0)) {
                throw new IllegalArgumentException("denominator must be > 0, got " + denominator);
            }
            int levels = options.levels().length;
            double[][] out = new double[2][levels];
            boolean percent = options.measure() == Measure.PERCENT;
            for (int l = 0; l < levels; l++) {
                double[] raw = rawLimits(options, target, overdispersion, adjusted, denominator, l);
                out[0][l] = Math.max(0, raw[0]) * options.scale();
                out[1][l] = (percent ? Math.min(1, raw[1]) : raw[1]) * options.scale();
            }
            return out;
        }

        /**
         * As {@link #minimumDenominatorLow()}, for a signal high: the smallest denominator at which
         * an entity with every case an event is beyond each level's upper limit.
         *
         * @return one denominator per level, in the levels' order; infinite for rates (and for
         *         percents with a target of 1)
         */
        public double[] minimumDenominatorHigh() {
            double[] out = new double[options.levels().length];
            for (int l = 0; l < out.length; l++) {
                out[l] = minimumDenominator(options.measure(), target, (1 - options.levels()[l]) / 2, true);
            }
            return out;
        }
    }

    /**
     * The smallest denominator at which the most extreme possible count is beyond a tail
     * probability: low, {@code P(X = 0) < tail}, i.e. {@code (1 - theta)^n < tail} for percents
     * and {@code exp(-theta E) < tail} for rates; high (percents), {@code theta^n < tail}. With
     * theta = 0.05 and tails 0.025 and 0.001 that is 72 and 135 (docs/variation.md, Choices).
     * Infinite where no denominator suffices (theta 0 for low; rates for high).
     *
     * @param measure {@link Measure#PERCENT}; the other measures are counted as rates (Poisson)
     * @param theta   the target: a proportion for percents, events per unit of exposure for rates
     * @param tail    the tail probability, e.g. 0.025 for the 95% level
     * @param high    true for a signal high (every case an event), false for low (no event)
     * @return a whole number of cases for percents (1 when one case suffices: a target of 1 for
     *         low, 0 for high), an exposure for rates; infinite where no denominator suffices
     */
    public static double minimumDenominator(Measure measure, double theta, double tail, boolean high) {
        if (measure == Measure.PERCENT) {
            double q = high ? theta : 1 - theta;
            if (q >= 1) {
                return Double.POSITIVE_INFINITY;
            }
            if (q <= 0) {
                return 1;
            }
            double n = Math.ceil(Math.log(tail) / Math.log(q));
            return Math.pow(q, n) < tail ? n : n + 1;
        }
        if (high || theta <= 0) {
            return Double.POSITIVE_INFINITY;
        }
        return -Math.log(tail) / theta; // exposure beyond which exp(-theta E) < tail
    }

    /**
     * Compares the entities.
     *
     * @param all the entities' tallies, one per entity (an entity given twice is compared twice);
     *            those with a zero denominator get a row but take no part in the estimates
     * @param o   what to compare and how
     * @return the comparison, one row per tally in input order; no rows for an empty list
     * @throws NullPointerException     if an argument or a tally is null
     * @throws IllegalArgumentException for a percent tally with numerator above denominator, or a
     *                                  trim outside [0, 0.5)
     */
    public static Result compare(List<Tally> all, Options o) {
        // entities with a zero denominator take no part in the estimates; they get a row that says so
        List<Tally> tallies = all.stream().filter(t -> t.denominator() > 0).toList();
        int n = tallies.size();
        boolean percent = o.measure() == Measure.PERCENT;
        double sx = 0, sn = 0;
        for (Tally t : tallies) {
            if (percent && t.numerator() > t.denominator()) {
                throw new IllegalArgumentException(t.entityId() + ": numerator " + t.numerator()
                        + " is above the denominator " + t.denominator());
            }
            sx += t.numerator();
            sn += t.denominator();
        }
        double target = o.target() != null ? o.target() : sn == 0 ? 0 : sx / sn;
        boolean ratio = o.measure() == Measure.RATIO;
        double targetY = ratio ? Math.log(target) : transform(target, percent);
        double[] y = new double[n], s2 = new double[n], z0 = new double[n];
        for (int i = 0; i < n; i++) {
            Tally t = tallies.get(i);
            y[i] = ratio ? Math.log((t.numerator() + 0.5) / (t.denominator() + 0.5)) : transform(t.rate(), percent);
            s2[i] = ratio ? 1 / (t.denominator() + 0.5) : 1 / (4 * t.denominator());
            z0[i] = (y[i] - targetY) / Math.sqrt(s2[i]);
        }
        Overdispersion.Estimate od = Overdispersion.estimate(z0, s2, o.trim());
        boolean additive = o.overdispersion() == Overdispersion.Method.ADDITIVE && od.tau2() > 0;
        boolean multiplicative = o.overdispersion() == Overdispersion.Method.MULTIPLICATIVE && od.phi() > 1;
        boolean adjusted = additive || multiplicative;
        Shrinkage.Prior prior = Shrinkage.fit(tallies, o.measure(), o.estimator());
        double[] z = new double[n], p = new double[n];
        double[][] tails = new double[n][];
        // entities with the same counts share their tails and posterior (common among small entities)
        Map<Counts, double[]> tailsOf = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Tally t = tallies.get(i);
            double var = additive ? s2[i] + od.tau2() : multiplicative ? s2[i] * od.phi() : s2[i];
            z[i] = (y[i] - targetY) / Math.sqrt(var);
            p[i] = 2 * NORMAL.cumulativeProbability(-Math.abs(z[i]));
            tails[i] = tailsOf.computeIfAbsent(new Counts(t.numerator(), t.denominator()),
                    c -> ExactLimits.tails(o.measure(), target, c.denominator(), Math.round(c.numerator())));
            if (o.exactGuard()) {
                p[i] = Math.max(p[i], Math.min(1, 2 * Math.min(tails[i][0], tails[i][1])));
            }
        }
        double[] q = BenjaminiHochberg.adjust(p);
        List<Row> rows = new ArrayList<>(n);
        int levels = o.levels().length;
        Map<Counts, Shrinkage.Posterior> posteriors = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Tally t = tallies.get(i);
            double[] lo = new double[levels], hi = new double[levels];
            boolean clampLow = false, clampHigh = false;
            for (int l = 0; l < levels; l++) {
                double rawLo, rawHi;
                if (!o.limits() && !adjusted) {
                    rawLo = Double.NaN;
                    rawHi = Double.NaN;
                } else {
                    double[] raw = rawLimits(o, target, od, adjusted, t.denominator(), l);
                    rawLo = raw[0];
                    rawHi = raw[1];
                }
                boolean lowClamped = rawLo <= 0 && target > 0;
                boolean highClamped = percent && rawHi >= 1 && target < 1;
                if (l == 0) {
                    clampLow = lowClamped;
                    clampHigh = highClamped;
                }
                lo[l] = Double.isNaN(rawLo) ? Double.NaN : Math.max(0, rawLo) * o.scale();
                hi[l] = Double.isNaN(rawHi) ? Double.NaN : (percent ? Math.min(1, rawHi) : rawHi) * o.scale();
            }
            double value = t.rate() * o.scale();
            double narrow = (1 - o.levels()[0]) / 2, wide = (1 - o.levels()[levels - 1]) / 2;
            // exact: beyond a level only when the tail on that side is below the level's tail
            double[] tail = tails[i];
            Band exact = tail[1] < wide ? Band.HIGH_998 : tail[1] < narrow ? Band.HIGH_95
                    : tail[0] < wide ? Band.LOW_998 : tail[0] < narrow ? Band.LOW_95 : Band.WITHIN;
            Band band = exact;
            if (adjusted) {
                Band approx = value > hi[levels - 1] ? Band.HIGH_998 : value > hi[0] ? Band.HIGH_95
                        : value < lo[levels - 1] ? Band.LOW_998 : value < lo[0] ? Band.LOW_95 : Band.WITHIN;
                band = o.exactGuard() ? weaker(approx, exact) : approx;
            } else {
                // P(X = 0) and, for percents, P(X = n), in closed form
                double n0 = percent ? Math.pow(1 - target, Math.round(t.denominator()))
                        : Math.exp(-target * t.denominator());
                clampLow = target > 0 && n0 >= narrow;
                clampHigh = percent && target < 1 && Math.pow(target, Math.round(t.denominator())) >= narrow;
            }
            String flag = q[i] < o.fdr() ? (t.rate() > target ? "HIGH" : t.rate() < target ? "LOW" : "") : "";
            Shrinkage.Posterior post = posteriors.computeIfAbsent(new Counts(t.numerator(), t.denominator()),
                    c -> Shrinkage.posterior(t, prior, o.printed() ? o.scale() : Double.NaN));
            rows.add(new Row(t, value, target * t.denominator(), z[i], p[i], q[i], band, clampLow, clampHigh, lo, hi,
                    post, o.scale(), flag));
        }
        if (tallies.size() < all.size()) {
            List<Row> withEmpty = new ArrayList<>(all.size());
            int next = 0;
            for (Tally t : all) {
                withEmpty.add(t.denominator() > 0 ? rows.get(next++) : empty(t, o, prior));
            }
            rows = withEmpty;
        }
        return new Result(o, target, od, adjusted, prior, rows);
    }

    /** An entity's numerator and denominator: what its tails and posterior depend on within one comparison. */
    private record Counts(double numerator, double denominator) {
    }

    /**
     * The row of an entity with a zero denominator: value 0, nothing expected, z 0, p and q 1, no
     * limits (0), cannot signal either way, and the prior as its shrunken estimate (weight 0).
     */
    private static Row empty(Tally t, Options o, Shrinkage.Prior prior) {
        double[] zeros = new double[o.levels().length];
        return new Row(t, 0, 0, 0, 1, 1, Band.WITHIN, true, true, zeros, zeros.clone(), Shrinkage.posterior(t, prior),
                o.scale(), "");
    }

    /** The less extreme of two bands (WITHIN when they point to different sides). */
    static Band weaker(Band a, Band b) {
        boolean highA = a == Band.HIGH_95 || a == Band.HIGH_998, highB = b == Band.HIGH_95 || b == Band.HIGH_998;
        boolean lowA = a == Band.LOW_95 || a == Band.LOW_998, lowB = b == Band.LOW_95 || b == Band.LOW_998;
        if ((highA && highB) || (lowA && lowB)) {
            return a == Band.HIGH_998 || a == Band.LOW_998 ? b : a;
        }
        return Band.WITHIN;
    }

    /**
     * One level's limits for a denominator, unscaled and unclamped: on the transformed scale with
     * the overdispersion-adjusted variance when {@code adjusted}, else the exact binomial or
     * Poisson quantiles with Spiegelhalter's interpolation.
     */
    static double[] rawLimits(Options o, double target, Overdispersion.Estimate od, boolean adjusted,
                              double denominator, int level) {
        double tail = (1 - o.levels()[level]) / 2;
        boolean percent = o.measure() == Measure.PERCENT;
        if (adjusted) {
            boolean ratio = o.measure() == Measure.RATIO;
            double targetY = ratio ? Math.log(target) : transform(target, percent);
            double s2 = ratio ? 1 / (denominator + 0.5) : 1 / (4 * denominator);
            double var = o.overdispersion() == Overdispersion.Method.ADDITIVE ? s2 + od.tau2() : s2 * od.phi();
            double zq = NORMAL.inverseCumulativeProbability(1 - tail);
            double lo = targetY - zq * Math.sqrt(var), hi = targetY + zq * Math.sqrt(var);
            return ratio ? new double[] {Math.exp(lo), Math.exp(hi)}
                    : new double[] {backTransform(lo, percent), backTransform(hi, percent)};
        }
        if (percent) {
            // a double denominator: no int to overflow (ExactLimits counts in longs up to 10^15)
            return new double[] {ExactLimits.binomial(target, denominator, tail),
                    ExactLimits.binomial(target, denominator, 1 - tail)};
        }
        return new double[] {ExactLimits.poisson(target, denominator, tail), ExactLimits.poisson(target, denominator, 1 - tail)};
    }

    static double transform(double rate, boolean percent) {
        return percent ? Math.asin(Math.sqrt(Math.min(1, Math.max(0, rate)))) : Math.sqrt(Math.max(0, rate));
    }

    /**
     * The inverse of {@link #transform}, extended monotonically past the scale's ends so that a
     * limit beyond them comes back below 0 (or above 1 for percents) and is then clamped.
     */
    static double backTransform(double y, boolean percent) {
        if (percent) {
            if (y < 0) {
                return -Math.pow(Math.sin(-y), 2);
            }
            if (y > Math.PI / 2) {
                return 1 + Math.pow(Math.sin(y - Math.PI / 2), 2);
            }
            return Math.pow(Math.sin(y), 2);
        }
        return y < 0 ? -y * y : y * y;
    }
}
