package org.childstat.indicators.scorecard.grid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.List;
import org.childstat.indicators.cohort.Indicators;
import org.childstat.indicators.core.indicator.IndicatorId;
import org.childstat.indicators.core.indicator.ReportingPeriod;
import org.childstat.indicators.core.indicator.ResultStatus;
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

    @Test
    void incompleteMonths_chartedNotCountedNeverFlagged_statusInTheCsv(@org.junit.jupiter.api.io.TempDir Path dir)
            throws java.io.IOException {
        CaseData data = CaseDataReader.read(Path.of("../indicators-cohort/src/test/resources/worked-example"));
        ResultTable monthly = Indicators.compute(data, ReportingPeriod.months(24, data.asOf())).results();
        TrendTable t = TrendTable.of(monthly);
        TrendTable.Series p1 = t.get(IndicatorId.CFSR4_P1, Level.COUNTY, "COUNTY");
        // a 12-month follow-up: each of the last 12 entry months is INCOMPLETE (or has no entries at all)
        p1.statuses().subList(12, 24).forEach(s -> org.junit.jupiter.api.Assertions.assertTrue(
                s == ResultStatus.INCOMPLETE || s == ResultStatus.NO_DATA, s.name()));
        org.junit.jupiter.api.Assertions.assertTrue(p1.statuses().contains(ResultStatus.INCOMPLETE));
        int points = 0;
        for (TrendTable.Series s : t.series()) {
            for (int i = 0; i < s.statuses().size(); i++) {
                var point = s.chart().points().get(i);
                boolean ok = s.statuses().get(i) == ResultStatus.OK;
                assertEquals(ok, point.counted(), s.indicator() + " " + point.period());
                if (!ok) {
                    org.junit.jupiter.api.Assertions.assertFalse(point.signal(), s.indicator() + " " + point.period());
                }
                points++;
            }
        }
        Path csv = dir.resolve("trends.csv");
        t.writeCsv(csv);
        List<String> lines = java.nio.file.Files.readAllLines(csv);
        assertEquals(String.join(",", TrendTable.HEADER), lines.get(0));
        assertEquals(points + 1, lines.size());
        int checked = 0;
        for (String line : lines.subList(1, lines.size())) {
            String[] c = line.split(",", -1);
            assertEquals(TrendTable.HEADER.size(), c.length, line);
            ResultStatus status = ResultStatus.valueOf(c[10]);
            if (status != ResultStatus.OK) {
                assertEquals("", c[8], "a point that is not OK never signals: " + line);
                assertEquals("", c[9], line);
                checked++;
            }
            if (status == ResultStatus.SUPPRESSED || status == ResultStatus.NO_DATA) {
                assertEquals("", c[4], "no value shown: " + line);
            }
        }
        org.junit.jupiter.api.Assertions.assertTrue(checked > 0);
    }
}
