package org.childstat.indicators.core.indicator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.stream.Stream;
import org.childstat.indicators.core.internal.CsvWriter;
import org.childstat.indicators.core.io.FormulaCells;
import org.childstat.indicators.core.model.Level;

/**
 * The results of one calculation, addressed by (indicator, period, level, entity), in the order
 * of {@code results.csv} (docs/outputs.md): indicator id (alphabetical: the contract names no
 * other order for it), period start, period end (then label), level in the hierarchy's order
 * (COUNTY, BUREAU, OFFICE, UNIT, WORKER), entity id (string order).
 *
 * <p>Stored by columns (a county has millions of results); {@link #rows()} is a list view that
 * makes each {@link IndicatorResult} when it is read. Immutable and thread-safe.
 */
public final class ResultTable {
    /** The columns of {@code results.csv} (docs/outputs.md). */
    public static final List<String> CSV_HEADER = List.of("indicator", "period", "period_start", "period_end", "level",
            "entity_id", "entity_name", "numerator", "denominator", "value", "lower95", "upper95", "status", "notes");

    /** The order of results.csv. */
    public static final Comparator<IndicatorResult> ORDER = Comparator
            .comparing((IndicatorResult r) -> r.indicator().id())
            .thenComparing(IndicatorResult::period)
            .thenComparing(IndicatorResult::level)
            .thenComparing(IndicatorResult::entityId);

    private static final Level[] LEVELS = Level.values();
    private static final ResultStatus[] STATUSES = ResultStatus.values();
    /** A blank numerator or denominator in {@link Builder#add(Indicator, ReportingPeriod, Level, String, String, long, long, double, double, double, ResultStatus, List)}; NaN is a blank value. */
    public static final long BLANK = Long.MIN_VALUE;

    private final int size;
    /** The indicators of the table; a row's {@code indicator} is a place in it. */
    private final Indicator[] dictionary;
    private final short[] indicator;
    private final ReportingPeriod[] period;
    private final byte[] level;
    private final String[] entityId;
    private final String[] entityName;
    private final long[] numerator;
    private final long[] denominator;
    private final double[] value;
    private final double[] lower;
    private final double[] upper;
    private final byte[] status;
    private final List<String>[] notes;
    private final List<IndicatorResult> view = new RowView();
    private volatile Map<Key, Integer> index;

    private record Key(Indicator indicator, ReportingPeriod period, Level level, String entityId) {
    }

    private ResultTable(Builder b, int[] order) {
        size = b.size;
        dictionary = b.dictionary.toArray(new Indicator[0]);
        if (order == null) {
            // already in order: adopt the builder's columns (the builder is not used again)
            indicator = b.indicator;
            period = b.period;
            level = b.level;
            entityId = b.entityId;
            entityName = b.entityName;
            numerator = b.numerator;
            denominator = b.denominator;
            value = b.value;
            lower = b.lower;
            upper = b.upper;
            status = b.status;
            notes = b.notes;
        } else {
            indicator = new short[size];
            period = new ReportingPeriod[size];
            level = new byte[size];
            entityId = new String[size];
            entityName = new String[size];
            numerator = new long[size];
            denominator = new long[size];
            value = new double[size];
            lower = new double[size];
            upper = new double[size];
            status = new byte[size];
            @SuppressWarnings("unchecked")
            List<String>[] n = new List[size];
            notes = n;
            for (int i = 0; i < size; i++) {
                int j = order[i];
                indicator[i] = b.indicator[j];
                period[i] = b.period[j];
                level[i] = b.level[j];
                entityId[i] = b.entityId[j];
                entityName[i] = b.entityName[j];
                numerator[i] = b.numerator[j];
                denominator[i] = b.denominator[j];
                value[i] = b.value[j];
                lower[i] = b.lower[j];
                upper[i] = b.upper[j];
                status[i] = b.status[j];
                notes[i] = b.notes[j];
            }
        }
        b.built = true;
        for (int i = 1; i < size; i++) {
            if (compare(i - 1, i) == 0) {
                throw new IllegalArgumentException("two results for " + dictionary[indicator[i]].id() + " " + period[i].label() + " "
                        + LEVELS[level[i]] + " " + entityId[i]);
            }
        }
    }

    /**
     * A table of these results.
     *
     * @param rows the results, in any order
     * @return the table, in results.csv order
     * @throws IllegalArgumentException if two results share an address
     */
    public static ResultTable of(List<IndicatorResult> rows) {
        Builder b = builder();
        rows.forEach(b::add);
        return b.build();
    }

    /**
     * A builder; rows may come in any order, but come fastest in results.csv order.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Every result, in results.csv order (a view: each row is made when read).
     *
     * @return an unmodifiable list view
     */
    public List<IndicatorResult> rows() {
        return view;
    }

    /**
     * Every result, in results.csv order.
     *
     * @return a sequential stream of the rows
     */
    public Stream<IndicatorResult> stream() {
        return view.stream();
    }

    /**
     * The indicators the table has results of.
     *
     * @return the indicators, in id order (results.csv's)
     */
    public List<Indicator> indicators() {
        return Arrays.stream(dictionary).sorted(Comparator.comparing(Indicator::id)).toList();
    }

    /**
     * The number of results.
     *
     * @return the row count
     */
    public int size() {
        return size;
    }

    /**
     * The result at an address, if it has a row.
     *
     * @param id     the indicator
     * @param p      the period
     * @param l      the level
     * @param entity the entity id
     * @return the result, or empty when the table has no row there
     */
    public Optional<IndicatorResult> get(Indicator id, ReportingPeriod p, Level l, String entity) {
        Integer i = index().get(new Key(id, p, l, entity));
        return i == null ? Optional.empty() : Optional.of(row(i));
    }

    /**
     * The county result of an indicator and period (always present).
     *
     * @param id the indicator
     * @param p  the period
     * @return the COUNTY row
     * @throws IllegalArgumentException if the table has no such row (the indicator or period was not computed)
     */
    public IndicatorResult county(Indicator id, ReportingPeriod p) {
        return get(id, p, Level.COUNTY, "COUNTY").orElseThrow(() -> new IllegalArgumentException(
                "no result for " + id + " " + p.label()));
    }

    /**
     * The results of one indicator, period and level, by entity id.
     *
     * @param id the indicator
     * @param p  the period
     * @param l  the level
     * @return the rows, in entity id order; empty when there are none
     */
    public List<IndicatorResult> level(Indicator id, ReportingPeriod p, Level l) {
        List<IndicatorResult> out = new ArrayList<>();
        int place = Arrays.asList(dictionary).indexOf(id);
        for (int i = 0; i < size && place >= 0; i++) {
            if (indicator[i] == place && level[i] == l.ordinal() && period[i].equals(p)) {
                out.add(row(i));
            }
        }
        return out;
    }

    /**
     * Writes {@code results.csv}: values and interval ends rounded half-to-even to 4 decimals
     * (never {@code -0.0000}), counts and medians of whole days as integers when whole.
     *
     * @param file the file to write
     * @throws UncheckedIOException if the file cannot be written
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
        try (CsvWriter out = new CsvWriter(file, CSV_HEADER, cells)) {
            out.rows(size, i -> {
                Indicator id = dictionary[indicator[i]];
                ReportingPeriod p = period[i];
                boolean whole = id.unit() == Unit.COUNT || id.unit() == Unit.MEDIAN_DAYS;
                return new String[] {id.id(), p.label(), p.start().toString(), p.end().toString(),
                        LEVELS[level[i]].name(), entityId[i], entityName[i],
                        numerator[i] == BLANK ? null : Long.toString(numerator[i]),
                        denominator[i] == BLANK ? null : Long.toString(denominator[i]), number(boxed(value[i]), whole),
                        number(boxed(lower[i]), whole), number(boxed(upper[i]), whole), STATUSES[status[i]].name(),
                        String.join(";", notes[i])};
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /**
     * A number as results.csv writes it: half-to-even on the exact double to 4 decimals (never
     * {@code -0.0000}), or a whole number as an integer when asked.
     *
     * @param x                the number, or null for a blank
     * @param integerWhenWhole whether a whole number is written without decimals (counts, medians of days)
     * @return the cell text, or null for a blank
     */
    public static String number(Double x, boolean integerWhenWhole) {
        if (x == null) {
            return null;
        }
        if (integerWhenWhole && x == Math.rint(x) && Math.abs(x) < 1e15) {
            return Long.toString(x.longValue());
        }
        return org.childstat.indicators.core.internal.FourDecimals.format(x);
    }

    private IndicatorResult row(int i) {
        return new IndicatorResult(dictionary[indicator[i]], period[i], LEVELS[level[i]], entityId[i], entityName[i],
                numerator[i] == BLANK ? null : numerator[i], denominator[i] == BLANK ? null : denominator[i],
                boxed(value[i]), boxed(lower[i]), boxed(upper[i]), STATUSES[status[i]], notes[i]);
    }

    private static Double boxed(double x) {
        return Double.isNaN(x) ? null : x;
    }

    private int compare(int i, int j) {
        return compareRows(dictionary, indicator, period, level, entityId, i, j);
    }

    /** results.csv order of rows i and j of a column set. */
    static int compareRows(Indicator[] dictionary, short[] indicator, ReportingPeriod[] period, byte[] level,
                           String[] entityId, int i, int j) {
        int c = indicator[i] == indicator[j] ? 0
                : dictionary[indicator[i]].id().compareTo(dictionary[indicator[j]].id());
        if (c == 0) {
            c = period[i].compareTo(period[j]);
        }
        if (c == 0) {
            c = Integer.compare(level[i], level[j]);
        }
        return c != 0 ? c : entityId[i].compareTo(entityId[j]);
    }

    private Map<Key, Integer> index() {
        Map<Key, Integer> map = index;
        if (map == null) {
            map = new HashMap<>(size * 2);
            for (int i = 0; i < size; i++) {
                map.put(new Key(dictionary[indicator[i]], period[i], LEVELS[level[i]], entityId[i]), i);
            }
            index = map;
        }
        return map;
    }

    @Override
    public String toString() {
        return "ResultTable[" + size + " results]";
    }

    private final class RowView extends AbstractList<IndicatorResult> implements RandomAccess {
        @Override
        public IndicatorResult get(int i) {
            Objects.checkIndex(i, size);
            return row(i);
        }

        @Override
        public int size() {
            return size;
        }
    }

    /** Collects results by columns. Not thread-safe. */
    public static final class Builder {
        private int size;
        private boolean built;
        private final List<Indicator> dictionary = new ArrayList<>();
        private final Map<Indicator, Short> places = new HashMap<>();
        private Indicator[] lookup = new Indicator[0];
        private short[] indicator = new short[64];
        private ReportingPeriod[] period = new ReportingPeriod[64];
        private byte[] level = new byte[64];
        private String[] entityId = new String[64];
        private String[] entityName = new String[64];
        private long[] numerator = new long[64];
        private long[] denominator = new long[64];
        private double[] value = new double[64];
        private double[] lower = new double[64];
        private double[] upper = new double[64];
        private byte[] status = new byte[64];
        @SuppressWarnings("unchecked")
        private List<String>[] notes = new List[64];

        private Builder() {
        }

        /**
         * Adds a result.
         *
         * @param r the result
         * @return this builder
         */
        public Builder add(IndicatorResult r) {
            return add(r.indicator(), r.period(), r.level(), r.entityId(), r.entityName(), r.numerator(), r.denominator(),
                    r.value(), r.lower95(), r.upper95(), r.status(), r.notes());
        }

        /**
         * Adds a result from its cells; nulls are blanks.
         *
         * @param id       the indicator
         * @param p        the period
         * @param l        the level
         * @param entity   the entity id
         * @param name     the entity's name, or null
         * @param num      the numerator, or null
         * @param den      the denominator, or null
         * @param v        the value, or null
         * @param lo       the interval's lower end, or null
         * @param hi       the interval's upper end, or null
         * @param st       the status
         * @param rowNotes the notes, possibly empty
         * @return this builder
         */
        public Builder add(Indicator id, ReportingPeriod p, Level l, String entity, String name, Long num, Long den,
                           Double v, Double lo, Double hi, ResultStatus st, List<String> rowNotes) {
            return add(id, p, l, entity, name, num == null ? BLANK : num, den == null ? BLANK : den,
                    v == null ? Double.NaN : v, lo == null ? Double.NaN : lo, hi == null ? Double.NaN : hi, st, rowNotes);
        }

        /**
         * Adds a result from its cells without boxing: {@link #BLANK} and NaN are blanks.
         *
         * @param id       the indicator
         * @param p        the period
         * @param l        the level
         * @param entity   the entity id
         * @param name     the entity's name, or null
         * @param num      the numerator, or {@link #BLANK}
         * @param den      the denominator, or {@link #BLANK}
         * @param v        the value, or NaN
         * @param lo       the interval's lower end, or NaN
         * @param hi       the interval's upper end, or NaN
         * @param st       the status
         * @param rowNotes the notes, possibly empty
         * @return this builder
         * @throws IllegalStateException if the builder already made its table
         */
        public Builder add(Indicator id, ReportingPeriod p, Level l, String entity, String name, long num, long den,
                           double v, double lo, double hi, ResultStatus st, List<String> rowNotes) {
            if (built) {
                throw new IllegalStateException("this builder already made its table");
            }
            Objects.requireNonNull(id, "indicator");
            Objects.requireNonNull(p, "period");
            Objects.requireNonNull(l, "level");
            Objects.requireNonNull(entity, "entityId");
            Objects.requireNonNull(st, "status");
            if (size == indicator.length) {
                grow();
            }
            int i = size++;
            indicator[i] = place(id);
            period[i] = p;
            level[i] = (byte) l.ordinal();
            entityId[i] = entity;
            entityName[i] = name;
            numerator[i] = num;
            denominator[i] = den;
            value[i] = v;
            lower[i] = lo;
            upper[i] = hi;
            status[i] = (byte) st.ordinal();
            notes[i] = List.copyOf(rowNotes);
            return this;
        }

        /**
         * Appends every row of another builder.
         *
         * @param o the other builder (left as it is)
         * @return this builder
         * @throws IllegalStateException if this builder already made its table
         */
        public Builder addAll(Builder o) {
            if (built) {
                throw new IllegalStateException("this builder already made its table");
            }
            while (indicator.length < size + o.size) {
                grow();
            }
            for (int i = 0; i < o.size; i++) {
                indicator[size + i] = place(o.dictionary.get(o.indicator[i]));
            }
            System.arraycopy(o.period, 0, period, size, o.size);
            System.arraycopy(o.level, 0, level, size, o.size);
            System.arraycopy(o.entityId, 0, entityId, size, o.size);
            System.arraycopy(o.entityName, 0, entityName, size, o.size);
            System.arraycopy(o.numerator, 0, numerator, size, o.size);
            System.arraycopy(o.denominator, 0, denominator, size, o.size);
            System.arraycopy(o.value, 0, value, size, o.size);
            System.arraycopy(o.lower, 0, lower, size, o.size);
            System.arraycopy(o.upper, 0, upper, size, o.size);
            System.arraycopy(o.status, 0, status, size, o.size);
            System.arraycopy(o.notes, 0, notes, size, o.size);
            size += o.size;
            return this;
        }

        /**
         * The table, sorted into results.csv order if the rows did not come in it. The builder
         * cannot be used after this.
         *
         * @return the table
         * @throws IllegalArgumentException if two results share an address
         */
        public ResultTable build() {
            int[] order = null;
            if (!sorted()) {
                Integer[] idx = new Integer[size];
                for (int i = 0; i < size; i++) {
                    idx[i] = i;
                }
                Arrays.sort(idx, this::compare);
                order = Arrays.stream(idx).mapToInt(Integer::intValue).toArray();
            }
            return new ResultTable(this, order);
        }

        private boolean sorted() {
            for (int i = 1; i < size; i++) {
                if (compare(i - 1, i) > 0) {
                    return false;
                }
            }
            return true;
        }

        private int compare(int i, int j) {
            return compareRows(lookup, indicator, period, level, entityId, i, j);
        }

        /** The indicator's place in the dictionary, added if new. */
        private short place(Indicator id) {
            Short place = places.get(id);
            if (place != null) {
                return place;
            }
            for (Indicator other : dictionary) {
                if (other.id().equals(id.id())) {
                    throw new IllegalArgumentException("two indicators with the id " + id.id()
                            + " in one table; ids must be distinct");
                }
            }
            if (dictionary.size() == Short.MAX_VALUE) {
                throw new IllegalStateException("a table holds at most " + Short.MAX_VALUE + " indicators");
            }
            short next = (short) dictionary.size();
            dictionary.add(id);
            places.put(id, next);
            lookup = dictionary.toArray(new Indicator[0]);
            return next;
        }

        /**
         * Rows added so far.
         *
         * @return the count
         */
        public int size() {
            return size;
        }

        /**
         * Room for this many rows in all.
         *
         * @param rows the total number of rows expected
         * @return this builder
         */
        public Builder ensureCapacity(int rows) {
            while (indicator.length < rows) {
                grow();
            }
            return this;
        }

        private void grow() {
            int n = Math.max(64, Math.max(indicator.length * 2, 0));
            indicator = Arrays.copyOf(indicator, n);
            period = Arrays.copyOf(period, n);
            level = Arrays.copyOf(level, n);
            entityId = Arrays.copyOf(entityId, n);
            entityName = Arrays.copyOf(entityName, n);
            numerator = Arrays.copyOf(numerator, n);
            denominator = Arrays.copyOf(denominator, n);
            value = Arrays.copyOf(value, n);
            lower = Arrays.copyOf(lower, n);
            upper = Arrays.copyOf(upper, n);
            status = Arrays.copyOf(status, n);
            notes = Arrays.copyOf(notes, n);
        }
    }
}
