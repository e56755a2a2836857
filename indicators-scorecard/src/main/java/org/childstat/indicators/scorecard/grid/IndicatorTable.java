package org.childstat.indicators.scorecard.grid;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import org.childstat.indicators.core.indicator.Direction;
import org.childstat.indicators.core.indicator.Indicator;
import org.childstat.indicators.core.indicator.Unit;
import org.childstat.indicators.core.internal.CsvWriter;
import org.childstat.indicators.core.io.FormulaCells;

/**
 * {@code indicators.csv} (docs/outputs.md, indicators.csv): what each indicator of a run is, so
 * that results.csv, variation.csv and trends.csv join to names and units in R or pandas. One row
 * per indicator, in results.csv's order (by id, alphabetically), with the columns
 * <ul>
 *   <li>{@code indicator}: the id, as in results.csv;</li>
 *   <li>{@code name}: {@link Indicator#title()};</li>
 *   <li>{@code unit}: {@code percent}, {@code rate}, {@code median_days} or {@code count}
 *       ({@code ratio} is the contract's word for a ratio indicator, which this build has none of);</li>
 *   <li>{@code scale}: what a value is "per": 100 for a percent (0 to 100), the days of a rate
 *       ({@link Indicator#scale()}: 1000 for placement moves per 1,000 days, 100000 for
 *       maltreatment per 100,000 days), and 1 for a count or a median of days, whose value is the
 *       number itself;</li>
 *   <li>{@code direction}: {@code higher} or {@code lower} (which is better), {@code none} for
 *       a count;</li>
 *   <li>{@code population}: {@link Indicator#population()}, the population and outcome in one
 *       sentence;</li>
 *   <li>{@code standard}: the national performance in the value's unit (by default
 *       {@link Scorecard#NATIONAL_PERFORMANCE}), empty where there is none.</li>
 * </ul>
 * Written with the project's RFC 4180 writer. Immutable and thread-safe.
 */
public final class IndicatorTable {
    /** The columns of indicators.csv. */
    public static final List<String> HEADER = List.of("indicator", "name", "unit", "scale", "direction", "population",
            "standard");

    /**
     * One indicator. Immutable and thread-safe.
     *
     * @param indicator  the indicator
     * @param name       its short name
     * @param unit       what its value measures
     * @param scale      what a value is per (100 for percents, the days of a rate, 1 otherwise)
     * @param direction  which way is better
     * @param population the population and outcome in one sentence
     * @param standard   the national performance in the value's unit, or null
     */
    public record Row(Indicator indicator, String name, Unit unit, int scale, Direction direction,
                      String population, Double standard) {
        /**
         * Checks the row.
         *
         * @param indicator  the indicator
         * @param name       its short name
         * @param unit       what its value measures
         * @param scale      what a value is per (100 for percents, the days of a rate, 1 otherwise)
         * @param direction  which way is better
         * @param population the population and outcome in one sentence
         * @param standard   the national performance in the value's unit, or null
         * @throws NullPointerException     if an argument other than {@code standard} is null
         * @throws IllegalArgumentException if {@code scale} is below 1 or {@code standard} is not
         *                                  finite
         */
        public Row {
            Objects.requireNonNull(indicator, "indicator");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(unit, "unit");
            Objects.requireNonNull(direction, "direction");
            Objects.requireNonNull(population, "population");
            if (scale < 1) {
                throw new IllegalArgumentException("scale must be at least 1, got " + scale + " for " + indicator);
            }
            if (standard != null && !Double.isFinite(standard)) {
                throw new IllegalArgumentException("standard of " + indicator + " must be finite, got " + standard);
            }
        }

        /**
         * The row of an indicator, its name, unit, scale, direction and population taken from
         * {@link Indicator}.
         *
         * @param indicator the indicator
         * @param standard  its national performance in the value's unit, or null for none
         * @return the row
         * @throws NullPointerException     if {@code indicator} is null
         * @throws IllegalArgumentException if {@code standard} is not finite
         */
        public static Row of(Indicator indicator, Double standard) {
            Objects.requireNonNull(indicator, "indicator");
            int scale = switch (indicator.unit()) {
                case PERCENT -> 100;
                case RATE -> indicator.scale();
                case MEDIAN_DAYS, COUNT, RATIO -> 1;
            };
            return new Row(indicator, indicator.title(), indicator.unit(), scale, indicator.direction(),
                    indicator.population(), standard);
        }

        /**
         * The unit as indicators.csv writes it.
         *
         * @return {@code percent}, {@code rate}, {@code median_days}, {@code count} or {@code ratio}
         */
        public String unitLabel() {
            return switch (unit) {
                case PERCENT -> "percent";
                case RATE -> "rate";
                case MEDIAN_DAYS -> "median_days";
                case COUNT -> "count";
                case RATIO -> "ratio";
            };
        }

        /**
         * The direction as indicators.csv writes it.
         *
         * @return {@code higher} or {@code lower} (which is better), {@code none} where neither is
         */
        public String directionLabel() {
            return switch (direction) {
                case HIGHER_IS_BETTER -> "higher";
                case LOWER_IS_BETTER -> "lower";
                case NEUTRAL -> "none";
            };
        }

        /**
         * The row as indicators.csv writes it, before any quoting or formula defusing.
         *
         * @return the seven cells in {@link #HEADER}'s order; the standard in its shortest decimal
         *         form ({@code 9.07}, {@code 100}), empty when there is none
         */
        public List<String> cells() {
            return List.of(indicator.id(), name, unitLabel(), Integer.toString(scale), directionLabel(), population,
                    standard == null ? "" : BigDecimal.valueOf(standard).stripTrailingZeros().toPlainString());
        }
    }

    private final List<Row> rows;

    private IndicatorTable(List<Row> rows) {
        this.rows = List.copyOf(rows);
    }

    /**
     * The table of some indicators, each named once, with the standards of
     * {@link Scorecard#NATIONAL_PERFORMANCE}.
     *
     * @param indicators the run's indicators; one given twice is one row
     * @return the table, sorted by id
     * @throws NullPointerException when {@code indicators} or an indicator is null
     */
    public static IndicatorTable of(Collection<Indicator> indicators) {
        return of(indicators, Scorecard.NATIONAL_PERFORMANCE);
    }

    /**
     * The table of some indicators (an indicator given twice is one row), sorted by id.
     *
     * @param indicators the run's indicators
     * @param standards  a standard per indicator, in its value's unit; an indicator without one has none, and
     *                   standards of indicators not in the run are not used
     * @return the table
     * @throws NullPointerException     when an argument or an indicator is null
     * @throws IllegalArgumentException when a standard is not finite
     */
    public static IndicatorTable of(Collection<Indicator> indicators, Map<Indicator, Double> standards) {
        Objects.requireNonNull(indicators, "indicators");
        Objects.requireNonNull(standards, "standards");
        TreeSet<Indicator> ids = new TreeSet<>(Comparator.comparing(Indicator::id));
        for (Indicator id : indicators) {
            ids.add(Objects.requireNonNull(id, "an indicator is null"));
        }
        List<Row> rows = new ArrayList<>(ids.size());
        for (Indicator id : ids) {
            rows.add(Row.of(id, standards.get(id)));
        }
        return new IndicatorTable(rows);
    }

    /**
     * The rows, in indicators.csv's order.
     *
     * @return one row per indicator, sorted by id; empty for a table of no indicators;
     *         unmodifiable
     */
    public List<Row> rows() {
        return rows;
    }

    /**
     * One indicator's row.
     *
     * @param indicator the indicator
     * @return its row, or empty when it is not in the table (null included)
     */
    public Optional<Row> row(Indicator indicator) {
        return rows.stream().filter(r -> r.indicator() == indicator).findFirst();
    }

    /**
     * Writes indicators.csv (header {@link #HEADER}, then {@link #rows()}), text cells that a
     * spreadsheet would run as formulas defused ({@link FormulaCells#DEFUSED}).
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
        try (CsvWriter out = new CsvWriter(file, HEADER, cells)) {
            for (Row r : rows) {
                out.row(r.cells().toArray(String[]::new));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    @Override
    public String toString() {
        long withStandard = rows.stream().filter(r -> r.standard() != null).count();
        return "IndicatorTable[" + rows.size() + " indicators, " + withStandard + " with a national standard]";
    }
}
