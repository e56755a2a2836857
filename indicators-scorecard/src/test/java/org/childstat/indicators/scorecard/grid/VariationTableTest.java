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
        long expected = results.stream().filter(r -> r.level() != Level.COUNTY && r.denominator() != null
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
}
