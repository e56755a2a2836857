package org.childstat.indicators.benchmarks;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.childstat.indicators.cohort.CalculationOptions;
import org.childstat.indicators.cohort.Indicators;
import org.childstat.indicators.core.indicator.IndicatorId;
import org.childstat.indicators.core.indicator.IndicatorResult;
import org.childstat.indicators.core.indicator.ReportingPeriod;
import org.childstat.indicators.core.indicator.ResultTable;
import org.childstat.indicators.core.io.CaseDataReader;
import org.childstat.indicators.core.model.CaseData;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The subset of issue 7 (CFSR4_P1, CFSR4_REENTRY, CFSR4_PLACEMENT_STABILITY, CFSR4_RECURRENCE x 24
 * rolling periods x every level), computed three ways on the same county:
 * <ul>
 *   <li>{@code engine}: the library, one pass over the children for all of it;</li>
 *   <li>{@code naive}: the same rules, one pass over all children per indicator per period
 *       (96 passes), the loop structure a straightforward implementation has;</li>
 *   <li>{@code duckdb}: the SQL of {@link DuckDbSubset}, run by embedded DuckDB on tables loaded
 *       from the same CSV files (the load is not timed, as the engine's read is not).</li>
 * </ul>
 * Before timing, the setup checks that each implementation gives the engine's results, row by
 * row, and stops the run if not. {@code threads}: 1, or 0 for every core (DuckDB's
 * {@code SET threads}).
 *
 * <p>Run: {@code mvn -q -DskipTests package && java -jar benchmarks/target/benchmarks.jar Subset
 * -rf json -rff benchmarks/target/subset.json}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgs = {"-Xmx3g", "-Xms3g"})
public class SubsetBenchmark {
    @Param({"250000"})
    public int children;

    @Param({"engine", "naive", "duckdb"})
    public String implementation;

    @Param({"1", "0"})
    public int threads;

    private CaseData data;
    private List<ReportingPeriod> periods;
    private CalculationOptions options;
    private DuckDbSubset duck;

    @Setup(Level.Trial)
    public void setUp() {
        Path folder = Counties.csv(children);
        data = CaseDataReader.read(folder);
        periods = ReportingPeriod.rolling(24, data.asOf());
        options = CalculationOptions.defaults().withIndicators(DuckDbSubset.SUBSET);
        if (threads > 0) {
            options = options.withParallelism(threads);
        }
        List<IndicatorResult> expected = engine();
        switch (implementation) {
            case "engine" -> { }
            case "naive" -> {
                if (!naive().equals(expected)) {
                    throw new IllegalStateException("the naive loops and the engine disagree");
                }
            }
            case "duckdb" -> {
                duck = DuckDbSubset.open(folder, data.asOf(), periods, threads);
                List<String> differences = DuckDbSubset.differences(expected, duck.compute());
                if (!differences.isEmpty()) {
                    throw new IllegalStateException(differences.size() + " differences between DuckDB and the engine, "
                            + "the first: " + differences.get(0));
                }
            }
            default -> throw new IllegalArgumentException("implementation: engine, naive or duckdb, not " + implementation);
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        if (duck != null) {
            duck.close();
        }
    }

    @Benchmark
    public Object subset() {
        return switch (implementation) {
            case "engine" -> engine();
            case "naive" -> naive();
            default -> duck.compute();
        };
    }

    private List<IndicatorResult> engine() {
        return Indicators.compute(data, periods, options).results().rows();
    }

    private List<IndicatorResult> naive() {
        List<IndicatorResult> out = new ArrayList<>();
        for (IndicatorId id : DuckDbSubset.SUBSET) {
            for (ReportingPeriod p : periods) {
                out.addAll(Indicators.compute(data, List.of(p), options.withIndicators(Set.of(id))).results().rows());
            }
        }
        out.sort(ResultTable.ORDER);
        return out;
    }
}
