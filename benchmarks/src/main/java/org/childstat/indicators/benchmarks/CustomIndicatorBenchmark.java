package org.childstat.indicators.benchmarks;

import static org.childstat.indicators.core.indicator.ExclusionReason.AGE_18_PLUS;
import static org.childstat.indicators.core.indicator.ExclusionReason.MISSING_DISCHARGE_REASON;
import static org.childstat.indicators.core.indicator.ExclusionReason.STAY_UNDER_8_DAYS;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.childstat.indicators.cohort.Calculation;
import org.childstat.indicators.cohort.CalculationOptions;
import org.childstat.indicators.cohort.CustomIndicator;
import org.childstat.indicators.cohort.Indicators;
import org.childstat.indicators.core.indicator.AttributionRule;
import org.childstat.indicators.core.indicator.Direction;
import org.childstat.indicators.core.indicator.Domain;
import org.childstat.indicators.core.indicator.FollowUp;
import org.childstat.indicators.core.indicator.IndicatorId;
import org.childstat.indicators.core.indicator.PopulationFamily;
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
 * What a custom indicator costs beside a built-in one of the same family (issue 14: at most 3x):
 * REUNIFICATION_12M_ENTRY alone, against the same indicator restated through the public
 * {@link CustomIndicator} API alone (the restatement the cohort tests check cell for cell), each
 * for 24 rolling periods at every level, from a {@link CaseData} in memory to the results.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar CustomIndicator -p children=250000}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5)
@Measurement(iterations = 10)
@Fork(value = 1, jvmArgs = {"-Xmx3g", "-Xms3g"})
public class CustomIndicatorBenchmark {
    /** The county size. */
    @Param({"250000"})
    public int children;

    /** {@code builtIn} or {@code custom}. */
    @Param({"builtIn", "custom"})
    public String which;

    /** 1, or 0 for every core. */
    @Param({"1", "0"})
    public int threads;

    private CaseData data;
    private List<ReportingPeriod> periods;
    private CalculationOptions options;

    /** REUNIFICATION_12M_ENTRY through the public API (docs/custom-indicators.md). */
    static CustomIndicator restated() {
        return CustomIndicator.builder("MY_REUNIFICATION_12M_ENTRY").title("Reunification within 12 months (custom)")
                .population("as REUNIFICATION_12M_ENTRY").family(PopulationFamily.ENTRY_COHORT)
                .domain(Domain.PERMANENCY).direction(Direction.HIGHER_IS_BETTER).followUp(FollowUp.months(12))
                .attribution(AttributionRule.LONGEST_IN_WINDOW)
                .exclude(AGE_18_PLUS, m -> !m.removalDate().isBefore(m.eighteenthBirthday()))
                .exclude(STAY_UNDER_8_DAYS, m -> m.dischargeDate() != null
                        && ChronoUnit.DAYS.between(m.removalDate(), m.dischargeDate()) < 8)
                .exclude(MISSING_DISCHARGE_REASON, m -> m.dischargeDate() != null && m.dischargeReason() == null)
                .outcome(m -> m.dischargeDate() != null && m.dischargeReason().isReunification()
                        && m.dischargeDate().isBefore(m.removalDate().plusMonths(12))
                        && m.dischargeDate().isBefore(m.eighteenthBirthday()))
                .build();
    }

    @Setup
    public void setUp() {
        data = CaseDataReader.read(Counties.csv(children));
        periods = ReportingPeriod.rolling(24, data.asOf());
        options = CalculationOptions.defaults().withIndicators(Set.of(which.equals("custom") ? restated()
                : IndicatorId.REUNIFICATION_12M_ENTRY));
        if (threads > 0) {
            options = options.withParallelism(threads);
        }
    }

    @Benchmark
    public Calculation compute() {
        return Indicators.compute(data, periods, options);
    }
}
