package org.childstat.indicators.core.indicator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.childstat.indicators.core.internal.CsvWriter;
import org.childstat.indicators.core.model.Level;

/**
 * The results of one calculation, addressed by (indicator, period, level, entity), in the order
 * of {@code results.csv} (data-contract §6): indicator id (alphabetical: the contract names no
 * other order for it), period start, period end (then label), level in the hierarchy's order
 * (COUNTY, BUREAU, OFFICE, UNIT, WORKER), entity id (string order). Immutable and thread-safe.
 */
public final class ResultTable {
    /** The columns of {@code results.csv} (data-contract §6). */
    public static final List<String> CSV_HEADER = List.of("indicator", "period", "period_start", "period_end", "level",
            "entity_id", "entity_name", "numerator", "denominator", "value", "lower95", "upper95", "status", "notes");

    /** The order of results.csv. */
    public static final Comparator<IndicatorResult> ORDER = Comparator
            .comparing((IndicatorResult r) -> r.indicator().name())
            .thenComparing(r -> r.period().start())
            .thenComparing(r -> r.period().end())
            .thenComparing(r -> r.period().label())
            .thenComparing(IndicatorResult::level)
            .thenComparing(IndicatorResult::entityId);

    private final List<IndicatorResult> rows;
    private volatile Map<Key, IndicatorResult> index;

    private record Key(IndicatorId indicator, ReportingPeriod period, Level level, String entityId) {
    }

    private ResultTable(List<IndicatorResult> rows) {
        List<IndicatorResult> sorted = new ArrayList<>(rows);
        if (!isSorted(sorted)) {
            sorted.sort(ORDER);
        }
        this.rows = Collections.unmodifiableList(sorted);
        for (int i = 1; i < sorted.size(); i++) {
            if (ORDER.compare(sorted.get(i - 1), sorted.get(i)) == 0) {
                IndicatorResult r = sorted.get(i);
                throw new IllegalArgumentException("two results for " + r.indicator() + " " + r.period().label() + " "
                        + r.level() + " " + r.entityId());
            }
        }
    }

    private static boolean isSorted(List<IndicatorResult> rows) {
        for (int i = 1; i < rows.size(); i++) {
            if (ORDER.compare(rows.get(i - 1), rows.get(i)) > 0) {
                return false;
            }
        }
        return true;
    }

    private Map<Key, IndicatorResult> index() {
        Map<Key, IndicatorResult> map = index;
        if (map == null) {
            map = new HashMap<>(rows.size() * 2);
            for (IndicatorResult r : rows) {
                map.put(new Key(r.indicator(), r.period(), r.level(), r.entityId()), r);
            }
            index = map;
        }
        return map;
    }

    /**
     * A table of these results.
     *
     * @throws IllegalArgumentException if two results share an address
     */
    public static ResultTable of(List<IndicatorResult> rows) {
        return new ResultTable(Objects.requireNonNull(rows, "rows"));
    }

    /** Every result, in results.csv order. */
    public List<IndicatorResult> rows() {
        return rows;
    }

    public Stream<IndicatorResult> stream() {
        return rows.stream();
    }

    public int size() {
        return rows.size();
    }

    /** The result at an address, if it has a row. */
    public Optional<IndicatorResult> get(IndicatorId indicator, ReportingPeriod period, Level level, String entityId) {
        return Optional.ofNullable(index().get(new Key(indicator, period, level, entityId)));
    }

    /** The county result of an indicator and period (always present). */
    public IndicatorResult county(IndicatorId indicator, ReportingPeriod period) {
        return get(indicator, period, Level.COUNTY, "COUNTY").orElseThrow(() -> new IllegalArgumentException(
                "no result for " + indicator + " " + period.label()));
    }

    /** The results of one indicator, period and level. */
    public List<IndicatorResult> level(IndicatorId indicator, ReportingPeriod period, Level level) {
        return rows.stream().filter(r -> r.indicator() == indicator && r.period().equals(period) && r.level() == level)
                .toList();
    }

    /**
     * Writes {@code results.csv}: values and interval ends rounded half-to-even to 4 decimals
     * (never {@code -0.0000}), counts and medians of whole days as integers when whole.
     *
     * @throws UncheckedIOException if the file cannot be written
     */
    public void writeCsv(Path file) {
        try (CsvWriter out = new CsvWriter(file, CSV_HEADER)) {
            for (IndicatorResult r : rows) {
                boolean whole = r.indicator().unit() == Unit.COUNT || r.indicator().unit() == Unit.MEDIAN_DAYS;
                out.row(r.indicator().name(), r.period().label(), r.period().start().toString(),
                        r.period().end().toString(), r.level().name(), r.entityId(), r.entityName(),
                        r.numerator() == null ? null : r.numerator().toString(),
                        r.denominator() == null ? null : r.denominator().toString(), number(r.value(), whole),
                        number(r.lower95(), whole), number(r.upper95(), whole), r.status().name(),
                        String.join(";", r.notes()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** A number as results.csv writes it (data-contract §6). */
    public static String number(Double x, boolean integerWhenWhole) {
        if (x == null) {
            return null;
        }
        if (integerWhenWhole && x == Math.rint(x) && Math.abs(x) < 1e15) {
            return Long.toString(x.longValue());
        }
        BigDecimal d = new BigDecimal(x).setScale(4, RoundingMode.HALF_EVEN);
        if (d.signum() == 0) {
            d = BigDecimal.ZERO.setScale(4);
        }
        return d.toPlainString();
    }

    @Override
    public String toString() {
        return "ResultTable[" + rows.size() + " results]";
    }
}
