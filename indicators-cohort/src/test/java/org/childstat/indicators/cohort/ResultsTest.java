package org.childstat.indicators.cohort;

import static org.childstat.indicators.cohort.Rules.FFY2024;
import static org.childstat.indicators.cohort.Rules.extract;
import static org.childstat.indicators.core.indicator.IndicatorId.CFSR4_P1;
import static org.childstat.indicators.core.indicator.IndicatorId.CFSR4_REENTRY;
import static org.childstat.indicators.core.indicator.IndicatorId.FOSTER_CARE_ENTRIES;
import static org.childstat.indicators.core.model.DischargeReason.REUNIFICATION;
import static org.childstat.indicators.core.model.PlacementSetting.NON_RELATIVE_FOSTER_HOME;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.childstat.indicators.core.indicator.IndicatorResult;
import org.childstat.indicators.core.indicator.ReportingPeriod;
import org.childstat.indicators.core.indicator.ResultStatus;
import org.childstat.indicators.core.indicator.ResultTable;
import org.childstat.indicators.core.model.CaseData;
import org.childstat.indicators.core.model.CaseDataBuilder;
import org.childstat.indicators.core.model.Level;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Statuses, blanks, rows and the CSV layout of results.csv (docs/outputs.md). */
class ResultsTest {
    @TempDir
    Path dir;

    /** n children entering in FFY2024 with worker W1, k of them reunified in time. */
    private static CaseData entries(int n, int k) {
        CaseDataBuilder b = extract();
        for (int i = 0; i < n; i++) {
            var c = b.child("C" + i).born("2015-01-01").removed("2023-11-01").placed(NON_RELATIVE_FOSTER_HOME);
            if (i < k) {
                c.discharged("2024-01-01", REUNIFICATION);
            }
            c.assignedTo("W1");
        }
        return b.build();
    }

    @ParameterizedTest
    @CsvSource({"4, SUPPRESSED", "5, OK"})
    void suppression_belowCountyWhenTheDenominatorIsUnder5(int n, ResultStatus expected) {
        ResultTable t = Indicators.compute(entries(n, 2), List.of(FFY2024)).results();
        IndicatorResult w1 = t.get(CFSR4_P1, FFY2024, Level.WORKER, "W1").orElseThrow();
        assertEquals(expected, w1.status());
        assertEquals((long) n, w1.denominator());
        if (expected == ResultStatus.SUPPRESSED) {
            assertNull(w1.numerator());
            assertNull(w1.value());
            assertNull(w1.lower95());
        }
        assertEquals(ResultStatus.OK, t.county(CFSR4_P1, FFY2024).status(), "the county is never suppressed");
    }

    @Test
    void incomplete_whenTheExtractEndsBeforeTheFollowUp() {
        // P1's follow-up of FFY2024 ends 2025-09-29; re-entry's too
        CaseData early = CaseData.builder().asOf("2025-09-28").child("C1").born("2015-01-01").removed("2023-11-01")
                .placed(NON_RELATIVE_FOSTER_HOME).assignedTo("W1").build();
        CaseData onTime = CaseData.builder().asOf("2025-09-29").child("C1").born("2015-01-01").removed("2023-11-01")
                .placed(NON_RELATIVE_FOSTER_HOME).assignedTo("W1").build();
        assertEquals(ResultStatus.INCOMPLETE, Rules.county(early, CFSR4_P1).status());
        assertEquals(ResultStatus.OK, Rules.county(onTime, CFSR4_P1).status());
        assertEquals(ResultStatus.OK, Rules.county(early, FOSTER_CARE_ENTRIES).status(), "no follow-up needed");
    }

    @Test
    void noData_whenTheDenominatorIsZero_countyRowAlwaysThere_andCountsNeverNoData() {
        CaseData data = entries(1, 0);
        ResultTable t = Indicators.compute(data, List.of(FFY2024)).results();
        IndicatorResult reentry = t.county(CFSR4_REENTRY, FFY2024);
        assertEquals(ResultStatus.NO_DATA, reentry.status());
        assertEquals(0L, reentry.denominator());
        assertNull(reentry.value());
        assertEquals(List.of(), t.level(CFSR4_REENTRY, FFY2024, Level.WORKER), "no worker rows with a zero denominator");
        ReportingPeriod empty = ReportingPeriod.parse("FFY2020");
        IndicatorResult none = Indicators.compute(data, List.of(empty)).results().county(FOSTER_CARE_ENTRIES, empty);
        assertEquals(ResultStatus.OK, none.status());
        assertEquals(0L, none.numerator());
    }

    @Test
    void rows_unassignedWhereItHasADenominator() {
        CaseData data = extract().child("C1").born("2015-01-01").removed("2023-11-01").placed(NON_RELATIVE_FOSTER_HOME)
                .build();
        ResultTable t = Indicators.compute(data, List.of(FFY2024)).results();
        for (Level level : List.of(Level.BUREAU, Level.OFFICE, Level.UNIT, Level.WORKER)) {
            assertEquals(List.of("UNASSIGNED"), t.level(CFSR4_P1, FFY2024, level).stream()
                    .map(IndicatorResult::entityId).toList(), level.toString());
        }
    }

    @Test
    void levels_onlyTheChosenOnesAndTheCounty() {
        ResultTable t = Indicators.compute(entries(6, 3), List.of(FFY2024),
                CalculationOptions.defaults().withLevels(java.util.Set.of(Level.UNIT))).results();
        assertEquals(List.of(Level.COUNTY, Level.UNIT), t.stream().map(IndicatorResult::level).distinct().toList());
    }

    @Test
    void writeCsv_layoutOfTheContract() throws IOException {
        Calculation c = Indicators.compute(entries(6, 3), List.of(FFY2024));
        c.writeCsv(dir);
        List<String> lines = Files.readAllLines(dir.resolve("results.csv"));
        assertEquals("indicator,period,period_start,period_end,level,entity_id,entity_name,numerator,denominator,value,"
                + "lower95,upper95,status,notes", lines.get(0));
        // 3 of 6: 50%, Wilson (R 4.2.2: 100 * prop.test(3, 6, correct = FALSE)$conf.int = 18.7616306483, 81.2383693517)
        // every child is on a first removal episode (100% > 95%): the period's AFCARS indicators carry the DQ note
        assertTrue(lines.contains("CFSR4_P1,FFY2024,2023-10-01,2024-09-30,COUNTY,COUNTY,County,3,6,50.0000,18.7616,81.2384,OK,"
                        + "DQ_LIMIT_EXCEEDED"),
                () -> String.join("\n", lines.subList(0, 5)));
        assertTrue(lines.contains("FOSTER_CARE_ENTRIES,FFY2024,2023-10-01,2024-09-30,COUNTY,COUNTY,County,6,,6,,,OK,"));
        List<String> exclusions = Files.readAllLines(dir.resolve("exclusions.csv"));
        assertEquals("indicator,period,reason,count", exclusions.get(0));
    }

    @ParameterizedTest
    @CsvSource({
            "0.03125, 0.0312",     // exactly 2^-5: a true tie, to the even digit
            "0.09375, 0.0938",     // exactly 3 * 2^-5: a true tie, to the even digit
            "0.00005, 0.0001",     // the double nearest 0.00005 is a little above it
            "0.00015, 0.0001",     // the double nearest 0.00015 is a little below it
            "-0.00001, 0.0000",    // never -0.0000
            "12.5, 12.5000"})
    void number_roundsHalfEvenOnTheExactDouble(double x, String expected) {
        assertEquals(expected, ResultTable.number(x, false));
    }

    @Test
    void number_countsAndWholeMediansAreIntegers() {
        assertEquals("250", ResultTable.number(250.0, true));
        assertEquals("275.5000", ResultTable.number(275.5, true));
    }
}
