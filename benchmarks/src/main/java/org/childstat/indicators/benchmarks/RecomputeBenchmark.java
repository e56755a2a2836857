package org.childstat.indicators.benchmarks;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.childstat.indicators.cohort.Calculation;
import org.childstat.indicators.cohort.CalculationOptions;
import org.childstat.indicators.cohort.Indicators;
import org.childstat.indicators.core.indicator.IndicatorId;
import org.childstat.indicators.core.indicator.ReportingPeriod;
import org.childstat.indicators.core.io.CaseDataReader;
import org.childstat.indicators.core.model.CaseData;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Full recompute: all the indicators x 24 rolling 12-month periods x all levels (county, bureau,
 * office, unit, worker), from a {@link CaseData} already in memory to the results table and the
 * exclusion counts, on 1 thread and on every core.
 *
 * <p>Run: {@code mvn -q -DskipTests package && java -jar benchmarks/target/benchmarks.jar Recompute
 * -rf json -rff benchmarks/target/recompute.json}; one size: add {@code -p children=250000}. The heap
 * is 3 GB so that the 1,000,000-child county fits with its results (a larger heap is slower and
 * noisier on 2 cores: 8 GB gave 2.3 s +- 3.2 s at 250,000 children against 1.4 s +- 0.15 s with
 * 2 GB); the first run of a size writes
 * its county to {@code target/counties} (about 90 s at 1,000,000).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgs = {"-Xmx3g", "-Xms3g"})
public class RecomputeBenchmark {
    /** The county size; the sizes of issue 7, for the time per child from 10,000 to 1,000,000. */
    @Param({"10000", "100000", "250000", "1000000"})
    public int children;

    /** 1, or 0 for every core. */
    @Param({"1", "0"})
    public int threads;

    /**
     * {@code all}, or a number n: the first n indicators of the catalogue, to compare with a build
     * that had only those ({@code -p indicators=26}: the 26 before the in-home ones of issue 15;
     * {@code 30}: before the workforce of issue 16).
     */
    @Param({"all"})
    public String indicators;

    private CaseData data;
    private List<ReportingPeriod> periods;
    private CalculationOptions options;

    @Setup
    public void setUp() {
        data = CaseDataReader.read(Counties.csv(children));
        periods = ReportingPeriod.rolling(24, data.asOf());
        options = CalculationOptions.defaults();
        if (!indicators.equals("all")) {
            options = options.withIndicators(Arrays.asList(IndicatorId.values()).subList(0, Integer.parseInt(indicators)));
        }
        if (threads > 0) {
            options = options.withParallelism(threads);
        }
    }

    @Benchmark
    public Calculation recompute() {
        return Indicators.compute(data, periods, options);
    }
}
