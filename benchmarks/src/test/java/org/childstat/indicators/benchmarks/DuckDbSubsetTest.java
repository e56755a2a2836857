package org.childstat.indicators.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.childstat.indicators.cohort.CalculationOptions;
import org.childstat.indicators.cohort.Indicators;
import org.childstat.indicators.core.indicator.IndicatorResult;
import org.childstat.indicators.core.indicator.ReportingPeriod;
import org.childstat.indicators.core.io.CaseDataReader;
import org.childstat.indicators.core.model.CaseData;
import org.childstat.indicators.core.synthetic.SyntheticCounty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The DuckDB baseline is an independent implementation of the four indicators (SQL written from
 * the spec, not from the engine), so agreement on a synthetic county checks both; the benchmark
 * repeats this check on its own county before timing.
 */
class DuckDbSubsetTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 9, 30);

    @Test
    void theSqlAgreesWithTheEngineOnEveryRowOfASyntheticCounty(@TempDir Path dir) {
        Compared c = compare(dir, 4_000, 24);
        List<String> differences = DuckDbSubset.differences(c.engine(), c.sql());
        assertEquals(List.of(), differences.subList(0, Math.min(20, differences.size())),
                differences.size() + " differences");
        assertEquals(c.engine().size(), c.sql().size());
        assertTrue(c.sql().stream().anyMatch(r -> r.numerator() > 0), "the county has outcomes to compare");
    }

    @Test
    void aChangedNumeratorIsADifference(@TempDir Path dir) {
        Compared c = compare(dir, 500, 2);
        List<DuckDbSubset.Row> sql = new ArrayList<>(c.sql());
        DuckDbSubset.Row county = sql.get(0);
        sql.set(0, new DuckDbSubset.Row(county.indicator(), county.period(), county.level(), county.entity(),
                county.numerator() + 1, county.denominator(), county.contributors()));
        assertEquals(1, DuckDbSubset.differences(c.engine(), sql).size());
    }

    private record Compared(List<IndicatorResult> engine, List<DuckDbSubset.Row> sql) {
    }

    /** A synthetic county of this size, computed by the engine and by the SQL over the last {@code months} rolling periods. */
    private static Compared compare(Path dir, int children, int months) {
        SyntheticCounty.generate(children, 7L, AS_OF).writeCsv(dir);
        CaseData data = CaseDataReader.read(dir);
        List<ReportingPeriod> periods = ReportingPeriod.rolling(months, AS_OF);
        List<IndicatorResult> engine = Indicators.compute(data, periods,
                CalculationOptions.defaults().withIndicators(DuckDbSubset.SUBSET)).results().rows();
        try (DuckDbSubset duck = DuckDbSubset.open(dir, AS_OF, periods, 2)) {
            return new Compared(engine, duck.compute());
        }
    }
}
