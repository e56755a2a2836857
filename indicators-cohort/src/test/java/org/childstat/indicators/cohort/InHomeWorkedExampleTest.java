package org.childstat.indicators.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.childstat.indicators.core.io.CaseDataReader;
import org.childstat.indicators.core.model.CaseData;
import org.childstat.indicators.core.model.Level;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The hand-worked in-home county of {@code src/test/resources/in-home-example} (18 families,
 * FFY2024): every expected number there was derived by hand from the written rules (the data
 * contract and the in-home rules, now docs/in-home.md), without this engine, and re-derived by a
 * separate throw-away script (see EXPECTED.md, family by family). The engine must agree with
 * every row at every level, with the statuses and with the exclusion counts, and make no other
 * row.
 */
class InHomeWorkedExampleTest {
    static final ReportingPeriod FFY2024 = ReportingPeriod.parse("FFY2024");
    static final List<IndicatorId> IN_HOME = List.of(IndicatorId.IN_HOME_NO_MALTREATMENT,
            IndicatorId.IN_HOME_ENTRY_TO_CARE, IndicatorId.IN_HOME_OPEN_18M_PLUS, IndicatorId.IN_HOME_MONTHLY_VISITS);
    static Path folder;
    static CaseData data;
    static Calculation calc;

    @BeforeAll
    static void compute() throws URISyntaxException {
        folder = Path.of(InHomeWorkedExampleTest.class.getResource("/in-home-example/extract.txt").toURI()).getParent();
        data = CaseDataReader.read(folder);
        calc = Indicators.compute(data, List.of(FFY2024));
    }

    private static List<String[]> csv(String name) throws IOException {
        List<String> lines = Files.readAllLines(folder.resolve(name));
        List<String[]> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (!line.isBlank()) {
                rows.add(line.split(",", -1));
            }
        }
        return rows;
    }

    @Test
    void theDataAreClean() {
        assertEquals(List.of(), data.dataQuality().findings());
        assertTrue(data.hasInHomeCases());
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
            String key = r[0] + "/" + r[1] + "/" + r[2];
            IndicatorResult got = results.get(id, FFY2024, Level.valueOf(r[1]), r[2]).orElse(null);
            if (got == null) {
                mismatches.add(key + ": no result row");
                continue;
            }
            String actual = got.status() + " " + got.numerator() + "/" + got.denominator() + " "
                    + ResultTable.number(got.value(), false);
            String expected = "SUPPRESSED".equals(status.get(key)) ? "SUPPRESSED null/" + r[4] + " null"
                    : status.get(key) + " " + r[3] + "/" + r[4] + " " + r[5];
            if (!expected.equals(actual)) {
                mismatches.add(key + ": expected " + expected + ", got " + actual);
            }
        }
        assertEquals(List.of(), mismatches);
    }

    @Test
    void noRowsBeyondTheExpectedOnes() throws IOException {
        Map<String, Long> expected = csv("expected.csv").stream()
                .collect(Collectors.groupingBy(r -> r[0] + "/" + r[1], TreeMap::new, Collectors.counting()));
        Map<String, Long> actual = calc.results().stream().filter(r -> IN_HOME.contains(r.indicator()))
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
            if (IN_HOME.contains(e.indicator())) {
                actual.put(e.indicator() + "/" + e.reason(), e.count());
            }
        }
        assertEquals(expected, actual);
    }

    @Test
    void explainTotals_equalTheCountyCounts() {
        for (IndicatorId id : IN_HOME) {
            List<Explanation> all = Indicators.explainAll(data, id, FFY2024);
            IndicatorResult county = calc.results().county(id, FFY2024);
            assertEquals(county.numerator().longValue(), all.stream().mapToLong(Explanation::numerator).sum(), id.name());
            assertEquals(county.denominator().longValue(), all.stream().mapToLong(Explanation::denominator).sum(),
                    id.name());
        }
    }
}
