package org.childstat.indicators.benchmarks;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.childstat.indicators.cohort.CalculationOptions;
import org.childstat.indicators.cohort.Indicators;
import org.childstat.indicators.core.indicator.IndicatorId;
import org.childstat.indicators.core.indicator.IndicatorResult;
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
 * The subset of issue 7 (CFSR4_P1, CFSR4_REENTRY, CFSR4_PLACEMENT_STABILITY, CFSR4_RECURRENCE,
 * 24 rolling periods, every level) computed two ways on one thread: {@code singlePass}, the
 * engine's one pass over the children for all of them at once; and {@code naive}, one pass over
 * all children per indicator per period (96 passes), the loop structure a straightforward
 * implementation has. Both use the same rules, so the comparison measures the loop structure; the
 * setup checks that they give the same results before timing.
 *
 * <p>Run: {@code mvn -q -DskipTests package && java -jar benchmarks/target/benchmarks.jar NaiveBaseline
 * -rf json -rff benchmarks/target/naive.json}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgs = {"-Xmx3g", "-Xms3g"})
public class NaiveBaselineBenchmark {
    static final Set<IndicatorId> SUBSET = EnumSet.of(IndicatorId.CFSR4_P1, IndicatorId.CFSR4_REENTRY,
            IndicatorId.CFSR4_PLACEMENT_STABILITY, IndicatorId.CFSR4_RECURRENCE);

    @Param({"250000"})
    public int children;

    private CaseData data;
    private List<ReportingPeriod> periods;
    private CalculationOptions single;

    @Setup
    public void setUp() {
        data = CaseDataReader.read(Counties.csv(children));
        periods = ReportingPeriod.rolling(24, data.asOf());
        single = CalculationOptions.defaults().withIndicators(SUBSET).withParallelism(1);
        List<IndicatorResult> a = singlePass();
        List<IndicatorResult> b = naive();
        if (!a.equals(b)) {
            throw new IllegalStateException("the naive loops and the single pass disagree");
        }
    }

    @Benchmark
    public List<IndicatorResult> singlePass() {
        return Indicators.compute(data, periods, single).results().rows();
    }

    @Benchmark
    public List<IndicatorResult> naive() {
        List<IndicatorResult> out = new ArrayList<>();
        for (IndicatorId id : SUBSET) {
            for (ReportingPeriod p : periods) {
                out.addAll(Indicators.compute(data, List.of(p), single.withIndicators(Set.of(id))).results().rows());
            }
        }
        out.sort(org.childstat.indicators.core.indicator.ResultTable.ORDER);
        return out;
    }
}
