package org.childstat.indicators.scorecard.grid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.List;
import org.childstat.indicators.cohort.Indicators;
import org.childstat.indicators.core.indicator.IndicatorId;
import org.childstat.indicators.core.indicator.ReportingPeriod;
import org.childstat.indicators.core.indicator.ResultTable;
import org.childstat.indicators.core.io.CaseDataReader;
import org.childstat.indicators.core.model.CaseData;
import org.childstat.indicators.core.model.Level;
import org.childstat.indicators.scorecard.variation.ChartType;
import org.junit.jupiter.api.Test;

class TrendTableTest {
    @Test
    void monthlyCharts_primeForPercentsAndRates_IForCounts_noWorkers() {
        CaseData data = CaseDataReader.read(Path.of("../indicators-cohort/src/test/resources/worked-example"));
        List<ReportingPeriod> months = ReportingPeriod.months(24, data.asOf());
        ResultTable monthly = Indicators.compute(data, months).results();
        TrendTable t = TrendTable.of(monthly);
        TrendTable.Series visits = t.get(IndicatorId.MONTHLY_CASEWORKER_VISITS, Level.COUNTY, "COUNTY");
        assertEquals(ChartType.P_PRIME, visits.chart().options().type());
        assertEquals(24, visits.chart().points().size());
        assertEquals(100.0, visits.scale());
        assertEquals("M2024-01", visits.chart().points().get(0).period());
        assertEquals(ChartType.U_PRIME, t.get(IndicatorId.CFSR4_PLACEMENT_STABILITY, Level.COUNTY, "COUNTY")
                .chart().options().type());
        assertEquals(ChartType.I, t.get(IndicatorId.FOSTER_CARE_ENTRIES, Level.COUNTY, "COUNTY").chart().options().type());
        assertNull(t.get(IndicatorId.FOSTER_CARE_ENTRIES, Level.WORKER, "W1"), "workers are not charted");
        // the visits chart's centre is the baseline's pooled share: sum of numerators over denominators, first 12 months
        long num = 0, den = 0;
        for (ReportingPeriod m : months.subList(0, 12)) {
            var r = monthly.county(IndicatorId.MONTHLY_CASEWORKER_VISITS, m);
            if (r.numerator() != null && r.denominator() != null) {
                num += r.numerator();
                den += r.denominator();
            }
        }
        assertEquals((double) num / den, visits.chart().points().get(0).centre(), 1e-12);
    }
}
