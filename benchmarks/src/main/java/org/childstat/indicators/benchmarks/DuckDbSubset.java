package org.childstat.indicators.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import org.childstat.indicators.core.indicator.IndicatorId;
import org.childstat.indicators.core.indicator.IndicatorResult;
import org.childstat.indicators.core.indicator.ReportingPeriod;
import org.childstat.indicators.core.indicator.ResultStatus;
import org.childstat.indicators.core.indicator.Unit;
import org.childstat.indicators.core.model.Level;

/**
 * The DuckDB baseline of issue 7: CFSR4_P1, CFSR4_REENTRY, CFSR4_PLACEMENT_STABILITY and
 * CFSR4_RECURRENCE at every level, written in SQL from the indicator rules (docs/indicators.md) and
 * the attribution rules (docs/input-files.md) and run by embedded DuckDB over the same CSV files
 * the engine reads. {@link #open} loads the folder into tables ({@code duckdb-load.sql});
 * {@link #compute} runs the indicators ({@code duckdb-subset.sql}); {@link #differences} compares
 * its rows with the engine's.
 */
final class DuckDbSubset implements AutoCloseable {
    /** The indicators the SQL computes. */
    static final Set<IndicatorId> SUBSET = EnumSet.of(IndicatorId.CFSR4_P1, IndicatorId.CFSR4_REENTRY,
            IndicatorId.CFSR4_PLACEMENT_STABILITY, IndicatorId.CFSR4_RECURRENCE);

    /**
     * One row of the SQL's answer: numerator, denominator and, for rates, the children with days
     * in care at the entity (the engine suppresses a rate below 5 of them).
     */
    record Row(IndicatorId indicator, String period, Level level, String entity, long numerator, long denominator,
               long contributors) {
    }

    private final Connection db;
    private final List<String> subset;
    private final List<ReportingPeriod> periods;

    private DuckDbSubset(Connection db, List<String> subset, List<ReportingPeriod> periods) {
        this.db = db;
        this.subset = subset;
        this.periods = periods;
    }

    /** An in-memory DuckDB on {@code threads} threads (0: every core) holding the CSV folder as known on {@code asOf}. */
    static DuckDbSubset open(Path folder, LocalDate asOf, List<ReportingPeriod> periods, int threads) {
        try {
            Connection db = DriverManager.getConnection("jdbc:duckdb:");
            try (Statement st = db.createStatement()) {
                st.execute("SET threads TO " + (threads > 0 ? threads : Runtime.getRuntime().availableProcessors()));
            }
            String asOfLiteral = "DATE '" + asOf + "'";
            String dir = folder.toAbsolutePath().toString().replace("'", "''");
            for (String sql : script("duckdb-load.sql")) {
                execute(db, sql.replace(":dir", dir).replace(":asof", asOfLiteral));
            }
            execute(db, "CREATE OR REPLACE TABLE periods (p INTEGER, label VARCHAR, s DATE, e DATE)");
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO periods VALUES (?, ?, ?, ?)")) {
                for (int i = 0; i < periods.size(); i++) {
                    insert.setInt(1, i);
                    insert.setString(2, periods.get(i).label());
                    insert.setObject(3, periods.get(i).start());
                    insert.setObject(4, periods.get(i).end());
                    insert.execute();
                }
            }
            List<String> subset = script("duckdb-subset.sql").stream().map(s -> s.replace(":asof", asOfLiteral))
                    .toList();
            return new DuckDbSubset(db, subset, List.copyOf(periods));
        } catch (SQLException e) {
            throw new IllegalStateException("DuckDB could not load " + folder + ": " + e.getMessage(), e);
        }
    }

    /** The four indicators for every period and level. */
    List<Row> compute() {
        return compute((sql, millis) -> { });
    }

    /**
     * The same, telling {@code timing} each statement and its milliseconds (the last one's with
     * its rows read).
     */
    List<Row> compute(BiConsumer<String, Long> timing) {
        try {
            for (int i = 0; i < subset.size() - 1; i++) {
                long t = System.nanoTime();
                execute(db, subset.get(i));
                timing.accept(subset.get(i), (System.nanoTime() - t) / 1_000_000);
            }
            long t = System.nanoTime();
            List<Row> rows = new ArrayList<>(1 << 16);
            String last = subset.get(subset.size() - 1);
            try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(last)) {
                while (rs.next()) {
                    rows.add(new Row(IndicatorId.valueOf(rs.getString(1)), periods.get(rs.getInt(2)).label(),
                            Level.valueOf(rs.getString(3)), rs.getString(4), rs.getLong(5), rs.getLong(6),
                            rs.getLong(7)));
                }
            }
            timing.accept(last, (System.nanoTime() - t) / 1_000_000);
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("DuckDB failed: " + e.getMessage(), e);
        }
    }

    /**
     * How the engine's results for the subset differ from the SQL's rows; empty when they agree.
     * They agree when both have the same (indicator, period, level, entity) keys and the same
     * denominators, and each engine numerator equals the SQL's; where the engine suppressed the
     * numerator, the SQL's counts must call for that too (below 5 children, or for a rate below 5
     * children with days in care, at a level below the county).
     */
    static List<String> differences(List<IndicatorResult> engine, List<Row> sql) {
        Map<String, Row> byKey = new HashMap<>();
        for (Row r : sql) {
            byKey.put(key(r.indicator(), r.period(), r.level(), r.entity()), r);
        }
        List<String> out = new ArrayList<>();
        int seen = 0;
        for (IndicatorResult e : engine) {
            if (!SUBSET.contains(e.indicator())) {
                continue;
            }
            seen++;
            Row r = byKey.remove(key(e.indicator(), e.period().label(), e.level(), e.entityId()));
            if (r == null) {
                out.add("only the engine has " + e);
                continue;
            }
            boolean rate = e.indicator().unit() == Unit.RATE;
            boolean suppressed = e.level() != Level.COUNTY && (rate ? r.contributors() < 5 : r.denominator() < 5);
            if (!Objects.equals(e.denominator(), r.denominator())
                    || (e.numerator() != null && e.numerator() != r.numerator())
                    || (e.status() == ResultStatus.SUPPRESSED) != suppressed) {
                out.add("engine " + e + " but SQL " + r);
            }
        }
        byKey.values().forEach(r -> out.add("only the SQL has " + r));
        if (seen == 0) {
            out.add("the engine's results hold none of the subset");
        }
        return out;
    }

    /**
     * Where DuckDB spends its time: loads a county's CSV folder and runs the subset three times,
     * printing each statement's time. Arguments: children (a county of {@link Counties}), threads.
     */
    public static void main(String[] args) {
        int children = Integer.parseInt(args[0]);
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 0;
        Path folder = Counties.csv(children);
        List<ReportingPeriod> periods = ReportingPeriod.rolling(24, Counties.AS_OF);
        long t0 = System.nanoTime();
        try (DuckDbSubset duck = open(folder, Counties.AS_OF, periods, threads)) {
            System.out.printf("load: %d ms%n", (System.nanoTime() - t0) / 1_000_000);
            for (int round = 1; round <= 3; round++) {
                boolean show = round == 3;
                long[] total = {0};
                duck.compute((sql, ms) -> {
                    total[0] += ms;
                    if (show) {
                        System.out.printf("%6d ms  %s%n", ms, sql.lines().filter(l -> !l.isBlank()).findFirst().orElse(""));
                    }
                });
                System.out.printf("round %d: %d ms%n", round, total[0]);
            }
        }
    }

    private static String key(org.childstat.indicators.core.indicator.Indicator id, String period, Level level, String entity) {
        return id + "|" + period + "|" + level + "|" + entity;
    }

    private static void execute(Connection db, String sql) throws SQLException {
        try (Statement st = db.createStatement()) {
            st.execute(sql);
        }
    }

    /** The statements of a script beside this class, comments removed. */
    private static List<String> script(String name) {
        try (InputStream in = DuckDbSubset.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            StringBuilder text = new StringBuilder();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                int comment = line.indexOf("--");
                text.append(comment >= 0 ? line.substring(0, comment) : line).append('\n');
            }
            List<String> statements = new ArrayList<>();
            for (String s : text.toString().split(";\\s*\n")) {
                if (!s.isBlank()) {
                    statements.add(s.strip());
                }
            }
            return statements;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            db.close();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
