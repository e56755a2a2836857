package org.childstat.indicators.scorecard.grid;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.childstat.indicators.core.indicator.IndicatorId;
import org.childstat.indicators.core.indicator.IndicatorResult;
import org.childstat.indicators.core.indicator.ResultStatus;
import org.childstat.indicators.core.indicator.ResultTable;
import org.childstat.indicators.core.indicator.Unit;
import org.childstat.indicators.core.model.Level;
import org.childstat.indicators.scorecard.variation.ChartType;
import org.childstat.indicators.scorecard.variation.ControlChart;

/**
 * {@code trends.csv} (data-contract §6): a control chart per indicator and entity over monthly
 * periods. Monthly, not rolling: consecutive rolling 12-month values overlap and are
 * autocorrelated (spec/variation.md §3). Charts: Laney P' for percents, U' for rates (Laney
 * recommends the prime charts always; they equal P and U without overdispersion), I for counts
 * and medians; limits from the first 12 months; the Making Data Count rules. A month whose result
 * is suppressed or has no data is charted as no data. Workers are not charted (a worker's month
 * is too small to chart). Immutable and thread-safe.
 */
public final class TrendTable {
    /** The columns of trends.csv. */
    public static final List<String> HEADER = List.of("indicator", "level", "entity_id", "period", "value", "centre",
            "lower_limit", "upper_limit", "signal", "rule");

    /**
     * One entity's chart. Immutable.
     *
     * @param indicator the indicator
     * @param level     the level
     * @param entityId  the entity
     * @param chart     the chart (periods are month labels; proportions and rates per unit of exposure)
     * @param scale     the multiplier to the indicator's unit (100 for percents, 1,000 or 100,000 for rates, 1)
     */
    public record Series(IndicatorId indicator, Level level, String entityId, ControlChart.Result chart, double scale) {
    }

    private final List<Series> series;

    private TrendTable(List<Series> series) {
        this.series = List.copyOf(series);
    }

    public List<Series> series() {
        return series;
    }

    /** The chart of one indicator at one entity, if charted. */
    public Series get(IndicatorId id, Level level, String entityId) {
        return series.stream().filter(s -> s.indicator() == id && s.level() == level && s.entityId().equals(entityId))
                .findFirst().orElse(null);
    }

    /** Charts every indicator and entity (above workers) of monthly results. */
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
            for (IndicatorResult r : rows) {
                boolean usable = r.value() != null && r.status() != ResultStatus.SUPPRESSED
                        && r.status() != ResultStatus.NO_DATA;
                if (type == ChartType.I) {
                    points.add(ControlChart.SeriesPoint.of(r.period().label(), usable ? r.value() : 0));
                } else if (usable && r.numerator() != null && r.denominator() != null && r.denominator() > 0) {
                    points.add(new ControlChart.SeriesPoint(r.period().label(), r.numerator(), r.denominator()));
                } else {
                    points.add(new ControlChart.SeriesPoint(r.period().label(), 0, 0));
                }
            }
            double scale = unit == Unit.PERCENT ? 100 : unit == Unit.RATE ? first.indicator().scale() : 1;
            out.add(new Series(first.indicator(), first.level(), first.entityId(),
                    ControlChart.chart(points, ControlChart.Options.of(type)), scale));
        }
        return new TrendTable(out);
    }

    /** Writes trends.csv. */
    public void writeCsv(Path file) {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(String.join(",", HEADER));
            w.write('\n');
            for (Series s : series) {
                for (ControlChart.ChartPoint p : s.chart().points()) {
                    double k = s.scale();
                    w.write(String.join(",", s.indicator().name(), s.level().name(), s.entityId(), p.period(),
                            n(p.value() * k), n(p.centre() * k), n(p.lower() * k), n(p.upper() * k), p.signal() ? "Y" : "",
                            String.join(";", p.rules())));
                    w.write('\n');
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private static String n(double x) {
        return Double.isFinite(x) ? ResultTable.number(x, false) : "";
    }
}
