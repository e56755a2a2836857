package org.childstat.indicators.scorecard.grid;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.childstat.indicators.core.indicator.Indicator;
import org.childstat.indicators.core.indicator.IndicatorResult;
import org.childstat.indicators.core.indicator.ReportingPeriod;
import org.childstat.indicators.core.indicator.ResultStatus;
import org.childstat.indicators.core.indicator.ResultTable;
import org.childstat.indicators.core.indicator.Unit;
import org.childstat.indicators.core.internal.CsvWriter;
import org.childstat.indicators.core.io.FormulaCells;
import org.childstat.indicators.core.model.Level;
import org.childstat.indicators.scorecard.variation.FunnelComparison;
import org.childstat.indicators.scorecard.variation.Measure;
import org.childstat.indicators.scorecard.variation.Shrinkage;
import org.childstat.indicators.scorecard.variation.Tally;

/**
 * {@code variation.csv} (docs/outputs.md, variation.csv; docs/variation.md): for every percent and
 * rate indicator, period and level below the county, the funnel comparison of the level's entities.
 *
 * <p>Readings: the target is the level's pooled value, which (counts adding up across levels)
 * is the county's value; {@code UNASSIGNED} is compared like any entity. Entities whose result
 * is SUPPRESSED are too small to show: they take no part in the comparison and their row keeps
 * only the denominator (disclosure control, as in results.csv). The shrinkage prior is fitted by
 * the noise-corrected method of moments here: a county has thousands of comparisons, and maximum
 * likelihood (the API's default, checked against VGAM) costs seconds each at worker level. The
 * shrunken intervals are found for printing ({@code Options.withPrintedIntervals}): the same
 * text as the exact search, in a fraction of its time. The comparisons run in parallel. Immutable and thread-safe.
 */
public final class VariationTable {
    /** The columns of variation.csv. */
    public static final List<String> HEADER = List.of("indicator", "period", "level", "entity_id", "numerator",
            "denominator", "value", "expected", "z", "p_value", "q_value", "funnel_band", "shrunk_value",
            "shrunk_lower95", "shrunk_upper95", "flag");

    /**
     * One row. Immutable.
     *
     * @param indicator the indicator
     * @param period    the period
     * @param level     the level
     * @param entityId  the entity
     * @param result    the entity's result
     * @param compared  the comparison, or null when the entity was too small to compare
     */
    public record Row(Indicator indicator, ReportingPeriod period, Level level, String entityId,
                      IndicatorResult result, FunnelComparison.Row compared) {
        /**
         * The flag variation.csv writes: the comparison's {@code HIGH} or {@code LOW}, but empty for
         * a result whose follow-up is still running ({@code INCOMPLETE}), which is compared and
         * never flagged.
         *
         * @return {@code HIGH}, {@code LOW} or empty
         */
        public String flag() {
            return compared == null || result.status() == ResultStatus.INCOMPLETE ? "" : compared.flag();
        }
    }

    /**
     * One level's comparison: the entities compared and the funnel it gives (target,
     * overdispersion, {@link FunnelComparison.Result#limitsAt limits at any denominator}). Immutable.
     *
     * @param indicator  the indicator
     * @param period     the period
     * @param level      the level
     * @param comparison the comparison of the level's entities that were compared
     */
    public record Group(Indicator indicator, ReportingPeriod period, Level level, FunnelComparison.Result comparison) {
    }

    private final List<Row> rows;
    private final java.util.Map<String, Group> groups;

    private VariationTable(List<Row> rows, List<Group> groups) {
        this.rows = List.copyOf(rows);
        java.util.Map<String, Group> index = new java.util.HashMap<>();
        groups.forEach(g -> index.put(g.indicator() + "/" + g.period() + "/" + g.level(), g));
        this.groups = java.util.Map.copyOf(index);
    }

    /**
     * The rows of variation.csv, in its order.
     *
     * @return the rows
     */
    public List<Row> rows() {
        return rows;
    }

    /**
     * The comparison of one indicator, period and level, or null when it was not compared.
     *
     * @param indicator the indicator
     * @param period    the period
     * @param level     the level
     * @return the comparison, or null
     */
    public Group group(Indicator indicator, ReportingPeriod period, Level level) {
        return groups.get(indicator + "/" + period + "/" + level);
    }

    /**
     * Compares the entities of every percent and rate indicator, period and level below the county;
     * not the workforce indicators, which are context ({@code Indicator.context()}).
     *
     * @param results the results (in results.csv order)
     * @return the comparisons
     */
    public static VariationTable of(ResultTable results) {
        Set<String> cells = new LinkedHashSet<>();
        List<List<IndicatorResult>> groups = new ArrayList<>();
        List<IndicatorResult> all = results.rows();
        int i = 0;
        while (i < all.size()) {
            IndicatorResult first = all.get(i);
            int j = i;
            while (j < all.size() && all.get(j).indicator() == first.indicator()
                    && all.get(j).period().equals(first.period()) && all.get(j).level() == first.level()) {
                j++;
            }
            Unit unit = first.indicator().unit();
            if (first.level() != Level.COUNTY && (unit == Unit.PERCENT || unit == Unit.RATE) && !first.indicator().context()
                    && cells.add(first.indicator() + "/" + first.period() + "/" + first.level())) {
                groups.add(new ArrayList<>(all.subList(i, j)));
            }
            i = j;
        }
        List<Row> out = new ArrayList<>();
        List<Group> compared = new ArrayList<>();
        groups.parallelStream().map(VariationTable::compare).toList().forEach(c -> {
            out.addAll(c.rows());
            compared.add(c.group());
        });
        return new VariationTable(out, compared);
    }

    private record Compared(List<Row> rows, Group group) {
    }

    private static Compared compare(List<IndicatorResult> level) {
        IndicatorResult any = level.get(0);
        Indicator id = any.indicator();
        List<Tally> tallies = new ArrayList<>();
        for (IndicatorResult r : level) {
            if (comparable(r)) {
                tallies.add(new Tally(r.entityId(), r.numerator(), r.denominator()));
            }
        }
        Measure measure = id.unit() == Unit.RATE ? Measure.RATE : Measure.PERCENT;
        FunnelComparison.Result result = FunnelComparison.compare(tallies,
                FunnelComparison.Options.defaults(measure, id.unit() == Unit.RATE ? id.scale() : 100)
                        .withEstimator(Shrinkage.Estimator.MOMENTS).withLimits(false)
                        .withPrintedIntervals(true));
        List<Row> out = new ArrayList<>();
        int next = 0;
        for (IndicatorResult r : level) {
            if (r.denominator() == null || r.denominator() == 0) {
                continue;
            }
            out.add(new Row(id, any.period(), any.level(), r.entityId(), r,
                    comparable(r) ? result.rows().get(next++) : null));
        }
        return new Compared(out, new Group(id, any.period(), any.level(), result));
    }

    private static boolean comparable(IndicatorResult r) {
        return r.numerator() != null && r.denominator() != null && r.denominator() > 0
                && r.status() != ResultStatus.SUPPRESSED && r.status() != ResultStatus.NO_DATA;
    }

    /**
     * Writes variation.csv (numbers as results.csv writes them) with the project's CSV writer
     * ({@link CsvWriter}: RFC 4180 quoting, so an id such as {@code U,1} is one cell, and
     * formula-like text defused, as in every output).
     *
     * @param file the file to write
     * @throws UncheckedIOException when the file cannot be written
     */
    public void writeCsv(Path file) {
        writeCsv(file, FormulaCells.DEFUSED);
    }

    /**
     * Writes the same file, formula-like text cells as {@code cells} says ({@link FormulaCells#RAW}
     * for files only programs read).
     *
     * @param file  the file to write
     * @param cells how formula-like text cells are written
     */
    public void writeCsv(Path file, FormulaCells cells) {
        try (CsvWriter w = new CsvWriter(file, HEADER, cells)) {
            w.rows(rows.size(), i -> cells(rows.get(i)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** One row's cells, as variation.csv writes them. */
    private static String[] cells(Row row) {
        FunnelComparison.Row c = row.compared();
        String[] line = new String[HEADER.size()];
        line[0] = row.indicator().id();
        line[1] = row.period().label();
        line[2] = row.level().name();
        line[3] = row.entityId();
        line[4] = c == null ? "" : Long.toString(row.result().numerator());
        line[5] = Long.toString(row.result().denominator());
        if (c == null) {
            java.util.Arrays.fill(line, 6, line.length, "");
            return line;
        }
        line[6] = n(c.value());
        line[7] = n(c.expected());
        line[8] = n(c.z());
        line[9] = n(c.pValue());
        line[10] = n(c.qValue());
        line[11] = c.bandLabel();
        line[12] = n(c.shrunkValue());
        line[13] = n(c.shrunkLower());
        line[14] = n(c.shrunkUpper());
        line[15] = row.flag();
        return line;
    }

    private static String n(double x) {
        return ResultTable.number(x, false);
    }
}
