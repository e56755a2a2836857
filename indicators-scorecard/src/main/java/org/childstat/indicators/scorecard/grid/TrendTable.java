package org.childstat.indicators.scorecard.grid;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.childstat.indicators.core.indicator.Indicator;
import org.childstat.indicators.core.indicator.IndicatorResult;
import org.childstat.indicators.core.indicator.ResultStatus;
import org.childstat.indicators.core.indicator.ResultTable;
import org.childstat.indicators.core.indicator.Unit;
import org.childstat.indicators.core.internal.CsvWriter;
import org.childstat.indicators.core.io.FormulaCells;
import org.childstat.indicators.core.model.Level;
import org.childstat.indicators.scorecard.plot.ControlChartPlot;
import org.childstat.indicators.scorecard.variation.ChartType;
import org.childstat.indicators.scorecard.variation.ControlChart;

/**
 * {@code trends.csv} (docs/outputs.md, trends.csv): a control chart per indicator and entity over
 * monthly periods. Monthly, not rolling: consecutive rolling 12-month values overlap and are
 * autocorrelated (docs/variation.md, Control charts and rule sets). Charts: Laney P' for percents,
 * U' for rates (Laney recommends the prime charts always; they equal P and U without
 * overdispersion), I for counts and medians; limits from the first 12 months; the Making Data Count
 * rules.
 *
 * <p>Only months whose result is {@code OK} are counted (docs/scorecard.md, Trend charts): a month
 * whose follow-up is still running ({@code INCOMPLETE}) is charted at its value, but takes no part
 * in the centre, the limits or any rule and never signals, so a cohort that has not had time to
 * reach its outcome does not read as a decline. A {@code SUPPRESSED} or {@code NO_DATA} month is
 * charted as no data (its value is not shown). Each point keeps its month's status, which
 * trends.csv writes. Workers are not charted (a worker's month is too small to chart). Immutable
 * and thread-safe.
 */
public final class TrendTable {
    /** The columns of trends.csv. */
    public static final List<String> HEADER = List.of("indicator", "level", "entity_id", "period", "value", "centre",
            "lower_limit", "upper_limit", "signal", "rule", "status");

    /**
     * One entity's chart. Immutable.
     *
     * @param indicator the indicator
     * @param level     the level
     * @param entityId  the entity
     * @param chart     the chart (periods are month labels; proportions and rates per unit of exposure)
     * @param scale     the multiplier to the indicator's unit (100 for percents, 1,000 or 100,000 for rates, 1)
     * @param statuses  each point's result status, in the chart's order
     * @param denominators each point's denominator (children, child-months, days), null where the result has none
     */
    public record Series(Indicator indicator, Level level, String entityId, ControlChart.Result chart, double scale,
                         List<ResultStatus> statuses, List<Long> denominators) {
        /**
         * Copies the lists and checks that they have one element per point.
         *
         * @param indicator    the indicator
         * @param level        the level
         * @param entityId     the entity
         * @param chart        the chart
         * @param scale        the multiplier to the indicator's unit
         * @param statuses     each point's result status, in the chart's order
         * @param denominators each point's denominator, null where the result has none
         * @throws NullPointerException     if {@code chart}, {@code statuses} or {@code denominators}
         *                                  is null, or a status is
         * @throws IllegalArgumentException if the lists and the chart's points differ in number
         */
        public Series {
            statuses = List.copyOf(statuses);
            denominators = java.util.Collections.unmodifiableList(new ArrayList<>(denominators));
            if (statuses.size() != chart.points().size() || denominators.size() != statuses.size()) {
                throw new IllegalArgumentException(statuses.size() + " statuses and " + denominators.size()
                        + " denominators for " + chart.points().size() + " points");
            }
        }

        /**
         * What the chart cannot know of each point, for {@link ControlChartPlot}.
         *
         * @return one mark per point, in the chart's order: its denominator (NaN where there is
         *         none), whether its value is shown, and why it was not counted ({@code incomplete},
         *         {@code n<5}, {@code no data}; empty for an {@code OK} month)
         */
        public List<ControlChartPlot.Mark> marks() {
            List<ControlChartPlot.Mark> out = new ArrayList<>(statuses.size());
            for (int i = 0; i < statuses.size(); i++) {
                Long d = denominators.get(i);
                String note = switch (statuses.get(i)) {
                    case OK -> "";
                    case INCOMPLETE -> "incomplete";
                    case SUPPRESSED -> "n<5";
                    case NO_DATA -> "no data";
                };
                out.add(new ControlChartPlot.Mark(d == null ? Double.NaN : d, shown(i), note));
            }
            return out;
        }

        /**
         * Whether a point has a value to show.
         *
         * @param i the point's index in the chart, from 0
         * @return true for an {@code OK} or {@code INCOMPLETE} month; false for a {@code SUPPRESSED}
         *         or {@code NO_DATA} one
         * @throws IndexOutOfBoundsException if {@code i} is not a point's index
         */
        public boolean shown(int i) {
            return valueShown(statuses.get(i));
        }
    }

    /** Whether a month of this status has a value to show: OK or INCOMPLETE, not SUPPRESSED or NO_DATA. */
    static boolean valueShown(ResultStatus status) {
        return status == ResultStatus.OK || status == ResultStatus.INCOMPLETE;
    }

    private final List<Series> series;

    private TrendTable(List<Series> series) {
        this.series = List.copyOf(series);
    }

    /**
     * Every chart.
     *
     * @return one series per indicator and entity above workers, in the order the monthly
     *         results first name them; empty when there were none; unmodifiable
     */
    public List<Series> series() {
        return series;
    }

    /**
     * The chart of one indicator at one entity.
     *
     * @param id       the indicator
     * @param level    the entity's level
     * @param entityId the entity's id
     * @return its series, or null when it is not charted (a worker, or an entity or indicator
     *         without monthly results)
     */
    public Series get(Indicator id, Level level, String entityId) {
        return series.stream().filter(s -> s.indicator() == id && s.level() == level && s.entityId().equals(entityId))
                .findFirst().orElse(null);
    }

    /**
     * Charts every indicator and entity (above workers) of monthly results, as the class comment
     * says.
     *
     * @param monthly results whose periods are calendar months ({@code M2026-09}), every level
     *                wanted; worker rows are left out
     * @return the charts, one per indicator and entity, points in period order
     * @throws NullPointerException if {@code monthly} is null
     */
    public static TrendTable of(ResultTable monthly) {
        Map<String, List<IndicatorResult>> byEntity = new LinkedHashMap<>();
        for (IndicatorResult r : monthly.rows()) {
            if (r.level() != Level.WORKER) {
                byEntity.computeIfAbsent(r.indicator() + "/" + r.level() + "/" + r.entityId(), k -> new ArrayList<>())
                        .add(r);
            }
        }
        List<Series> out = new ArrayList<>();
        for (List<IndicatorResult> rows : byEntity.values()) {
            rows.sort((a, b) -> a.period().compareTo(b.period()));
            IndicatorResult first = rows.get(0);
            Unit unit = first.indicator().unit();
            ChartType type = unit == Unit.PERCENT ? ChartType.P_PRIME : unit == Unit.RATE ? ChartType.U_PRIME : ChartType.I;
            List<ControlChart.SeriesPoint> points = new ArrayList<>();
            List<ResultStatus> statuses = new ArrayList<>();
            List<Long> denominators = new ArrayList<>();
            for (IndicatorResult r : rows) {
                points.add(point(r, type));
                statuses.add(r.status());
                denominators.add(r.denominator());
            }
            double scale = unit == Unit.PERCENT ? 100 : unit == Unit.RATE ? first.indicator().scale() : 1;
            out.add(new Series(first.indicator(), first.level(), first.entityId(),
                    ControlChart.chart(points, ControlChart.Options.of(type)), scale, statuses, denominators));
        }
        return new TrendTable(out);
    }

    /**
     * A month's point: counted only when its result is OK; an INCOMPLETE month keeps its value
     * but is not counted; a suppressed month or one without data is a point without data (its
     * value withheld).
     */
    static ControlChart.SeriesPoint point(IndicatorResult r, ChartType type) {
        String label = r.period().label();
        boolean shown = r.value() != null && valueShown(r.status());
        ControlChart.SeriesPoint p;
        if (!shown) {
            return new ControlChart.SeriesPoint(label, 0, 0, false);
        } else if (type == ChartType.I) {
            p = ControlChart.SeriesPoint.of(label, r.value());
        } else if (r.numerator() != null && r.denominator() != null && r.denominator() > 0) {
            p = new ControlChart.SeriesPoint(label, r.numerator(), r.denominator());
        } else {
            return new ControlChart.SeriesPoint(label, 0, 0, false);
        }
        return r.status() == ResultStatus.OK ? p : p.notCounted();
    }

    /**
     * Writes trends.csv (header {@link #HEADER}, then one row per point of every series), text
     * cells that a spreadsheet would run as formulas defused ({@link FormulaCells#DEFUSED}).
     *
     * @param file the file to write (replaced if it exists)
     * @throws UncheckedIOException when the file cannot be written
     */
    public void writeCsv(Path file) {
        writeCsv(file, FormulaCells.DEFUSED);
    }

    /**
     * Writes the same file, formula-like text cells as {@code cells} says ({@link FormulaCells#RAW}
     * for files only programs read).
     *
     * @param file  the file to write (replaced if it exists)
     * @param cells how formula-like text cells are written
     * @throws UncheckedIOException when the file cannot be written
     */
    public void writeCsv(Path file, FormulaCells cells) {
        // row r is point r - first[s] of the series s with first[s] <= r < first[s + 1]
        int[] first = new int[series.size() + 1];
        for (int s = 0; s < series.size(); s++) {
            first[s + 1] = first[s] + series.get(s).chart().points().size();
        }
        try (CsvWriter w = new CsvWriter(file, HEADER, cells)) {
            w.rows(first[series.size()], r -> {
                int lo = 0, hi = series.size() - 1; // the last series starting at or before r: it holds r
                while (lo < hi) {
                    int mid = (lo + hi + 1) >>> 1;
                    if (first[mid] <= r) {
                        lo = mid;
                    } else {
                        hi = mid - 1;
                    }
                }
                int si = lo;
                Series s = series.get(si);
                int i = r - first[si];
                ControlChart.ChartPoint p = s.chart().points().get(i);
                double k = s.scale();
                boolean shown = s.shown(i);
                return new String[] {s.indicator().id(), s.level().name(), s.entityId(), p.period(),
                        shown ? n(p.value() * k) : "", n(p.centre() * k), shown ? n(p.lower() * k) : "",
                        shown ? n(p.upper() * k) : "", p.signal() ? "Y" : "", String.join(";", p.rules()),
                        s.statuses().get(i).name()};
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private static String n(double x) {
        return Double.isFinite(x) ? ResultTable.number(x, false) : "";
    }
}
