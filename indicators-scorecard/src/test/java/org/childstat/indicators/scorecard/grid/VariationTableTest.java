package org.childstat.indicators.scorecard.grid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.childstat.indicators.cohort.Indicators;
import org.childstat.indicators.core.indicator.IndicatorId;
import org.childstat.indicators.core.indicator.ReportingPeriod;
import org.childstat.indicators.core.indicator.ResultStatus;
import org.childstat.indicators.core.indicator.ResultTable;
import org.childstat.indicators.core.io.CaseDataReader;
import org.childstat.indicators.core.model.Level;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** variation.csv on the worked example (docs/outputs.md, variation.csv). */
class VariationTableTest {
    static final ReportingPeriod FFY2024 = ReportingPeriod.parse("FFY2024");

    @TempDir
    Path dir;

    static ResultTable worked() {
        return Indicators.compute(CaseDataReader.read(Path.of("../indicators-cohort/src/test/resources/worked-example")),
                List.of(FFY2024)).results();
    }

    @Test
    void rows_percentsAndRatesBelowTheCounty_suppressedOnesNotCompared() {
        ResultTable results = worked();
        VariationTable t = VariationTable.of(results);
        assertTrue(t.rows().stream().noneMatch(r -> r.level() == Level.COUNTY));
        assertTrue(t.rows().stream().noneMatch(r -> r.indicator() == IndicatorId.FOSTER_CARE_ENTRIES
                || r.indicator() == IndicatorId.MEDIAN_DAYS_IN_CARE));
        assertTrue(t.rows().stream().noneMatch(r -> r.indicator().context()), "the workforce is context: not compared");
        assertTrue(results.stream().anyMatch(r -> r.indicator() == IndicatorId.WORKER_TURNOVER
                && r.level() == Level.UNIT && r.denominator() != null && r.denominator() > 0), "though it has results");
        long expected = results.stream().filter(r -> !r.indicator().context())
                .filter(r -> r.level() != Level.COUNTY && r.denominator() != null
                && r.denominator() > 0 && (r.indicator().unit() == org.childstat.indicators.core.indicator.Unit.PERCENT
                || r.indicator().unit() == org.childstat.indicators.core.indicator.Unit.RATE)).count();
        assertEquals(expected, t.rows().size());
        t.rows().stream().filter(r -> r.result().status() == ResultStatus.SUPPRESSED)
                .forEach(r -> assertNull(r.compared(), r.entityId()));
        // the placement-moves comparison of the two units: expected = county rate x days (EXPECTED.md: 7 / 2,318)
        VariationTable.Row u1 = t.rows().stream().filter(r -> r.indicator() == IndicatorId.CFSR4_PLACEMENT_STABILITY
                && r.level() == Level.UNIT && r.entityId().equals("U1")).findFirst().orElseThrow();
        assertEquals(7.0 / 2318 * u1.result().denominator(), u1.compared().expected(), 1e-9);
    }

    @Test
    void writeCsv_header() throws IOException {
        VariationTable.of(worked()).writeCsv(dir.resolve("variation.csv"));
        assertEquals(String.join(",", VariationTable.HEADER), Files.readAllLines(dir.resolve("variation.csv")).get(0));
        assertEquals("indicator,period,level,entity_id,numerator,denominator,value,expected,z,p_value,q_value,"
                + "funnel_band,shrunk_value,shrunk_lower95,shrunk_upper95,flag", String.join(",", VariationTable.HEADER));
    }

    /** An INCOMPLETE result is compared (its band and q-value stand) but never flagged, in the CSV and the API. */
    @Test
    void incompleteResults_comparedButNeverFlagged(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        // ten offices of 200 children around 35%, one far below at 5%: complete, then the same counts INCOMPLETE
        var p = org.childstat.indicators.core.indicator.ReportingPeriod.parse("FFY2024");
        for (var status : new org.childstat.indicators.core.indicator.ResultStatus[] {
                org.childstat.indicators.core.indicator.ResultStatus.OK,
                org.childstat.indicators.core.indicator.ResultStatus.INCOMPLETE}) {
            java.util.List<org.childstat.indicators.core.indicator.IndicatorResult> rows = new java.util.ArrayList<>();
            for (int o = 0; o < 10; o++) {
                long num = o == 0 ? 10 : 66 + o % 3 * 4;
                rows.add(new org.childstat.indicators.core.indicator.IndicatorResult(IndicatorId.CFSR4_P1, p,
                        Level.OFFICE, "O" + o, null, num, 200L, num / 2.0, null, null, status, java.util.List.of()));
            }
            VariationTable t = VariationTable.of(org.childstat.indicators.core.indicator.ResultTable.of(rows));
            VariationTable.Row low = t.rows().stream().filter(r -> r.entityId().equals("O0")).findFirst().orElseThrow();
            org.junit.jupiter.api.Assertions.assertEquals("LOW", low.compared().flag(), "the statistic sees it");
            boolean complete = status == org.childstat.indicators.core.indicator.ResultStatus.OK;
            org.junit.jupiter.api.Assertions.assertEquals(complete ? "LOW" : "", low.flag(), status.name());
            java.nio.file.Path csv = dir.resolve(status + ".csv");
            t.writeCsv(csv);
            String line = java.nio.file.Files.readAllLines(csv).stream().filter(l -> l.contains(",O0,")).findFirst()
                    .orElseThrow();
            org.junit.jupiter.api.Assertions.assertEquals(complete ? "LOW" : "", line.substring(line.lastIndexOf(',') + 1),
                    line);
        }
    }
}
