package org.childstat.indicators.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.childstat.indicators.core.indicator.ExclusionReason;
import org.childstat.indicators.core.indicator.IndicatorId;
import org.childstat.indicators.core.indicator.IndicatorResult;
import org.childstat.indicators.core.indicator.ReportingPeriod;
import org.childstat.indicators.core.indicator.ResultTable;
import org.childstat.indicators.core.indicator.Unit;
import org.childstat.indicators.core.io.CaseDataReader;
import org.childstat.indicators.core.io.FindingCode;
import org.childstat.indicators.core.model.CaseData;
import org.childstat.indicators.core.model.Level;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The hand-worked county of {@code src/test/resources/worked-example} (31 children, FFY2024):
 * every expected number there was derived by hand from the written rules (now docs/input-files.md,
 * docs/outputs.md and the indicator rules summarised in docs/indicators.md), without this engine
 * (see EXPECTED.md, child by child). The engine must agree with every county, unit and worker row,
 * with the statuses, and with the exclusion counts. The workforce indicators (CASELOAD, WORKER_TURNOVER,
 * CASEWORKER_CONTINUITY) are hand-worked in EXPECTED.md section 8 and checked like the others.
 */
class WorkedExampleTest {
    static final ReportingPeriod FFY2024 = ReportingPeriod.parse("FFY2024");
    static Path folder;
    static CaseData data;
    static Calculation calc;

    @BeforeAll
    static void compute() throws URISyntaxException {
        folder = Path.of(WorkedExampleTest.class.getResource("/worked-example/extract.txt").toURI()).getParent();
        data = CaseDataReader.read(folder);
        calc = Indicators.compute(data, List.of(FFY2024));
    }

    private static List<String[]> csv(String name) throws IOException {
        List<String[]> rows = new ArrayList<>();
        for (String line : Files.readAllLines(folder.resolve(name)).subList(1, Files.readAllLines(folder.resolve(name)).size())) {
            if (!line.isBlank()) {
                rows.add(line.split(",", -1));
            }
        }
        return rows;
    }

    @Test
    void theDataAreCleanButForOneMissingDischargeReason() {
        assertEquals(List.of(FindingCode.MISSING_DISCHARGE_REASON),
                data.dataQuality().findings().stream().map(f -> f.code()).toList());
        assertEquals(31, data.childCount());
    }

    @Test
    void everyExpectedRowAgrees() throws IOException {
        Map<String, String> status = new HashMap<>();
        for (String[] r : csv("expected-status.csv")) {
            status.put(r[0] + "/" + r[1] + "/" + r[2], r[3]);
        }
        ResultTable results = calc.results();
        List<String> mismatches = new ArrayList<>();
        for (String[] r : csv("expected.csv")) {
            IndicatorId id = IndicatorId.parse(r[0]);
            Level level = Level.valueOf(r[1]);
            String key = r[0] + "/" + r[1] + "/" + r[2];
            IndicatorResult got = results.get(id, FFY2024, level, r[2]).orElse(null);
            if (got == null) {
                mismatches.add(key + ": no result row");
                continue;
            }
            String expectedStatus = status.get(key);
            String actual = got.status() + " " + got.numerator() + "/" + got.denominator() + " "
                    + ResultTable.number(got.value(), id.unit() == Unit.COUNT || id.unit() == Unit.MEDIAN_DAYS);
            String expected;
            if ("SUPPRESSED".equals(expectedStatus)) {
                expected = "SUPPRESSED null/" + r[4] + " null";
            } else {
                String num = r[3].isEmpty() ? "null" : r[3];
                String den = r[4].isEmpty() ? "null" : r[4];
                expected = expectedStatus + " " + num + "/" + den + " " + r[5];
            }
            if (!expected.equals(actual)) {
                mismatches.add(key + ": expected " + expected + ", got " + actual);
            }
        }
        assertEquals(List.of(), mismatches);
    }

    @Test
    void noRowsBeyondTheExpectedOnes_atCountyUnitAndWorkerLevel() throws IOException {
        Map<String, Long> expected = csv("expected.csv").stream()
                .collect(Collectors.groupingBy(r -> r[0] + "/" + r[1], TreeMap::new, Collectors.counting()));
        Map<String, Long> actual = calc.results().stream()
                .filter(r -> !r.indicator().needs().inHomeCases()) // hand-worked in in-home-example
                .filter(r -> !r.indicator().needs().meetings() && !r.indicator().needs().healthExams()) // Tier II:
                // the example has neither file (one NO_DATA county row each): hand-worked in tier2-example
                .filter(r -> r.level() == Level.COUNTY || r.level() == Level.UNIT || r.level() == Level.WORKER)
                .collect(Collectors.groupingBy(r -> r.indicator() + "/" + r.level(), TreeMap::new, Collectors.counting()));
        assertEquals(expected, actual);
    }

    @Test
    void exclusionsAgree() throws IOException {
        Map<String, Long> expected = new TreeMap<>();
        for (String[] r : csv("expected-exclusions.csv")) {
            expected.put(r[0] + "/" + ExclusionReason.valueOf(r[1]), Long.parseLong(r[2]));
        }
        Map<String, Long> actual = new TreeMap<>();
        for (ExclusionCount e : calc.exclusions()) {
            actual.put(e.indicator() + "/" + e.reason(), e.count());
        }
        assertEquals(expected, actual);
    }

    /** The county has no in_home_cases.csv (the in-home indicators have their own example, InHomeWorkedExampleTest). */
    @Test
    void withoutInHomeCases_theInHomeIndicatorsAreOneNoDataCountyRowEach() {
        for (IndicatorId id : IndicatorId.values()) {
            if (id.needs().inHomeCases()) {
                List<IndicatorResult> rows = calc.results().stream().filter(r -> r.indicator() == id).toList();
                assertEquals(1, rows.size(), id.name());
                assertEquals(org.childstat.indicators.core.indicator.ResultStatus.NO_DATA, rows.get(0).status());
                assertNull(rows.get(0).denominator());
            }
        }
    }

    @Test
    void mediansHaveNoNumerator() {
        assertNull(calc.results().county(IndicatorId.MEDIAN_DAYS_IN_CARE, FFY2024).numerator());
    }
}
