package org.childstat.indicators.scorecard.workforce;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.childstat.indicators.cohort.EntityTally;
import org.childstat.indicators.cohort.Indicators;
import org.childstat.indicators.core.indicator.Indicator;
import org.childstat.indicators.core.indicator.IndicatorId;
import org.childstat.indicators.core.indicator.ReportingPeriod;
import org.childstat.indicators.core.indicator.ResultStatus;
import org.childstat.indicators.core.indicator.Unit;
import org.childstat.indicators.core.model.CaseData;
import org.childstat.indicators.core.model.Level;
import org.childstat.indicators.core.model.WorkerSpell;
import org.childstat.indicators.core.stats.Intervals;
import org.childstat.indicators.scorecard.variation.ProportionTrend;

/**
 * An outcome beside the experience of line workers (docs/workforce.md, Relate): a percent
 * indicator's worker-level tallies of one period, before suppression, pooled by a band of each
 * worker on {@code p = min(e, as-of)}, with the chi-square test for trend in proportions across
 * the ordered bands (Cochran-Armitage, as R's {@code prop.trend.test}, scores 1..k over the bands
 * that have a worker). The band is the worker's {@link By#CASELOAD} (its CASELOAD children on
 * {@code p}) or {@link By#TENURE} (whole years from its earliest workers.csv start to {@code p}).
 *
 * <p>Left out, and counted in {@link #workersLeftOut()}: UNASSIGNED, and a worker with no band
 * (no workers.csv spell covering {@code p}, so no caseload; or a first spell after {@code p}). A
 * band with no worker has no row. A period whose follow-up is still running is
 * {@link ResultStatus#INCOMPLETE}: its test is computed but is not a finding.
 *
 * @param indicator      the indicator (a percent with WORKER rows)
 * @param period         the period
 * @param by             what the bands are of
 * @param day            {@code p = min(e, as-of)}, the day the bands are taken on
 * @param status         {@code OK}, or {@code INCOMPLETE} while the indicator's follow-up runs
 * @param bands          one row per band with a worker, in band order
 * @param workersLeftOut workers with a tally but no band (UNASSIGNED is not a worker)
 * @param trend          the test across {@code bands}, or null with fewer than 2 bands
 */
public record Relation(Indicator indicator, ReportingPeriod period, By by, LocalDate day, ResultStatus status,
                       List<Band> bands, int workersLeftOut, ProportionTrend.Result trend) {
    /** What the bands are of. */
    public enum By {
        /** The worker's CASELOAD on p: {@code 0-9}, {@code 10-14}, {@code 15-19}, {@code 20-29}, {@code 30+} children. */
        CASELOAD(List.of("0-9", "10-14", "15-19", "20-29", "30+")),
        /** Whole years from the worker's earliest workers.csv start to p: {@code <1y}, {@code 1-2y}, {@code 2-5y}, {@code 5y+}. */
        TENURE(List.of("<1y", "1-2y", "2-5y", "5y+"));

        private final List<String> labels;

        By(List<String> labels) {
            this.labels = labels;
        }

        /**
         * The band labels, in order.
         *
         * @return e.g. {@code [0-9, 10-14, 15-19, 20-29, 30+]}
         */
        public List<String> labels() {
            return labels;
        }

        /**
         * The band of a number of children (CASELOAD) or of whole years of tenure (TENURE).
         *
         * @param n children, or whole years
         * @return the band's index in {@link #labels()}
         */
        int band(long n) {
            if (this == CASELOAD) {
                return n < 10 ? 0 : n < 15 ? 1 : n < 20 ? 2 : n < 30 ? 3 : 4;
            }
            return n < 1 ? 0 : n < 2 ? 1 : n < 5 ? 2 : 3;
        }
    }

    /**
     * One band's row: its workers and their pooled tallies.
     *
     * @param band        the band's label
     * @param workers     the workers in it with a non-empty denominator
     * @param numerator   their children with the outcome
     * @param denominator their children in the population
     * @param value       the percent, 0 to 100
     * @param lower95     Wilson 95% interval, lower end, in percent
     * @param upper95     its upper end
     */
    public record Band(String band, int workers, long numerator, long denominator, double value, double lower95,
                       double upper95) {
    }

    /**
     * Checks the components and copies the list.
     *
     * @param indicator      the indicator
     * @param period         the period
     * @param by             what the bands are of
     * @param day            the day of the bands
     * @param status         OK or INCOMPLETE
     * @param bands          the rows
     * @param workersLeftOut workers left out
     * @param trend          the test, or null
     */
    public Relation {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(status, "status");
        bands = List.copyOf(bands);
    }

    /**
     * The relation of an indicator's worker-level results to the workers' bands.
     *
     * @param data      the extract
     * @param indicator a percent indicator with WORKER rows (not WORKER_TURNOVER, not CASELOAD)
     * @param period    the period
     * @param by        caseload or tenure
     * @return the band table and its trend test
     * @throws IllegalArgumentException naming what the indicator is, if it is not a percent with WORKER rows
     */
    public static Relation of(CaseData data, Indicator indicator, ReportingPeriod period, By by) {
        requireRelatable(indicator);
        LocalDate day = period.end().isBefore(data.asOf()) ? period.end() : data.asOf();
        Map<String, Long> key = by == By.CASELOAD ? caseloads(data, period) : tenures(data, day);
        int k = by.labels().size();
        int[] workers = new int[k];
        long[] num = new long[k], den = new long[k];
        int leftOut = 0;
        for (EntityTally t : Indicators.tallies(data, indicator, period, Level.WORKER)) {
            if (t.entityId().equals("UNASSIGNED") || t.denominator() == 0) {
                continue;
            }
            Long n = key.get(t.entityId());
            if (n == null) {
                leftOut++;
                continue;
            }
            int b = by.band(n);
            workers[b]++;
            num[b] += t.numerator();
            den[b] += t.denominator();
        }
        List<Band> rows = new ArrayList<>();
        for (int b = 0; b < k; b++) {
            if (workers[b] > 0) {
                double[] w = Intervals.wilson(num[b], den[b]);
                rows.add(new Band(by.labels().get(b), workers[b], num[b], den[b], 100.0 * num[b] / den[b], 100 * w[0],
                        100 * w[1]));
            }
        }
        ProportionTrend.Result trend = null;
        if (rows.size() >= 2) {
            trend = ProportionTrend.test(rows.stream().mapToLong(Band::numerator).toArray(),
                    rows.stream().mapToLong(Band::denominator).toArray());
        }
        ResultStatus status = data.asOf().isBefore(indicator.followUpEnd(period)) ? ResultStatus.INCOMPLETE
                : ResultStatus.OK;
        return new Relation(indicator, period, by, day, status, rows, leftOut, trend);
    }

    /**
     * Checks that an indicator can be related: a percent with WORKER rows.
     *
     * @param indicator the indicator
     * @throws IllegalArgumentException saying what the indicator is, if it cannot
     */
    public static void requireRelatable(Indicator indicator) {
        if (indicator.unit() != Unit.PERCENT || !indicator.hasWorkerRows()) {
            throw new IllegalArgumentException(indicator.id() + " is a " + indicator.unit().name().toLowerCase(Locale.ROOT)
                    + (indicator.hasWorkerRows() ? "" : " without worker rows")
                    + "; relate pools the worker-level results of a percent indicator");
        }
    }

    /** Each worker on staff on p, by id: its CASELOAD children that day. */
    private static Map<String, Long> caseloads(CaseData data, ReportingPeriod period) {
        Map<String, Long> out = new HashMap<>();
        for (EntityTally t : Indicators.tallies(data, IndicatorId.CASELOAD, period, Level.WORKER)) {
            if (t.denominator() > 0) { // a worker with a spell covering p
                out.put(t.entityId(), t.numerator());
            }
        }
        return out;
    }

    /** Each worker whose earliest workers.csv spell starts on or before p, by id: its whole years since. */
    private static Map<String, Long> tenures(CaseData data, LocalDate day) {
        Map<String, LocalDate> first = new HashMap<>();
        for (WorkerSpell w : data.workerSpells()) {
            first.merge(w.workerId(), w.startDate(), (a, b) -> a.isBefore(b) ? a : b);
        }
        Map<String, Long> out = new HashMap<>();
        first.forEach((worker, start) -> {
            if (!start.isAfter(day)) {
                out.put(worker, java.time.temporal.ChronoUnit.YEARS.between(start, day));
            }
        });
        return out;
    }

    /**
     * Whether the trend test is a finding: a complete period, at least 2 bands, and
     * {@code p < 0.05}. An INCOMPLETE period's test is never one.
     *
     * @return whether to report the trend as found
     */
    public boolean trendFound() {
        return status == ResultStatus.OK && trend != null && trend.pValue() < 0.05;
    }

    /**
     * The summary beside the CSV (relate's JSON), in a fixed order.
     *
     * @return indicator, period, by, day, status, the test and what was left out
     */
    public Map<String, Object> summary() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("indicator", indicator.id());
        m.put("period", period.label());
        m.put("by", by.name().toLowerCase(Locale.ROOT));
        m.put("day", day.toString());
        m.put("status", status.name());
        m.put("bands", bands.size());
        m.put("chi_square", trend == null ? null : trend.chiSquare());
        m.put("p_value", trend == null ? null : trend.pValue());
        m.put("scores", "1.." + bands.size());
        m.put("trend_found", trendFound());
        m.put("workers_left_out", workersLeftOut);
        return m;
    }

    @Override
    public String toString() {
        return "Relation[" + indicator.id() + " " + period.label() + " by " + by.name().toLowerCase(Locale.ROOT) + ", "
                + bands.size() + " bands" + (trend == null ? "" : String.format(Locale.ROOT, ", chi2 %.3f, p %.3g",
                trend.chiSquare(), trend.pValue())) + (status == ResultStatus.INCOMPLETE ? ", INCOMPLETE" : "") + "]";
    }
}
