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
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.childstat.indicators.core.indicator.IndicatorId;
import org.childstat.indicators.core.indicator.IndicatorResult;
import org.childstat.indicators.core.indicator.ReportingPeriod;
import org.childstat.indicators.core.indicator.ResultTable;
import org.childstat.indicators.core.io.CaseDataReader;
import org.childstat.indicators.core.model.CaseData;
import org.childstat.indicators.core.model.Level;
import org.junit.jupiter.api.Test;

/**
 * The hand-worked Tier II county of {@code src/test/resources/tier2-example} (17 children, periods
 * M2024-08 and M2024-09, as-of 2024-10-10): every expected number there was derived by hand from the
 * written rules of the five Tier II indicators (TDM_AT_REMOVAL, TIMELY_MEDICAL_EXAM,
 * TIMELY_DENTAL_EXAM, MH_SCREENING_NEW_ENTRIES, MH_SCREENING_NEW_IN_HOME), without any engine (see
 * EXPECTED.md, child by child).
 *
 * <p>The indicators are referred to by their string ids through {@link IndicatorId#parse} at run
 * time, because they are implemented in another branch: until that branch is merged, the three
 * comparing tests fail (an unknown id is reported as a mismatch). {@link #theCountyReadsClean()}
 * only reads the county and must pass on every branch.
 */
class Tier2WorkedExampleTest {
    static final List<String> TIER2 = List.of("TDM_AT_REMOVAL", "TIMELY_MEDICAL_EXAM", "TIMELY_DENTAL_EXAM",
            "MH_SCREENING_NEW_ENTRIES", "MH_SCREENING_NEW_IN_HOME");
    static final List<ReportingPeriod> PERIODS = List.of(ReportingPeriod.parse("M2024-08"),
            ReportingPeriod.parse("M2024-09"));

    private static Path folder() throws URISyntaxException {
        return Path.of(Tier2WorkedExampleTest.class.getResource("/tier2-example/extract.txt").toURI()).getParent();
    }

    private static CaseData read() throws URISyntaxException {
        return CaseDataReader.read(folder());
    }

    private static Calculation compute() throws URISyntaxException {
        return Indicators.compute(read(), PERIODS);
    }

    private static List<String[]> csv(String name) throws IOException, URISyntaxException {
        List<String> lines = Files.readAllLines(folder().resolve(name));
        List<String[]> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (!line.isBlank()) {
                rows.add(line.split(",", -1));
            }
        }
        return rows;
    }

    private static ReportingPeriod period(String label) {
        return PERIODS.stream().filter(p -> p.label().equals(label)).findFirst().orElseThrow();
    }

    /** Reads only: the county must have no data-quality finding, whatever indicators exist. */
    @Test
    void theCountyReadsClean() throws URISyntaxException {
        CaseData data = read();
        assertEquals(List.of(), data.dataQuality().findings());
        assertEquals(17, data.childCount());
        assertTrue(data.hasMeetings());
        assertTrue(data.hasHealthExams());
        assertTrue(data.hasInHomeCases());
    }

    @Test
    void everyExpectedRowAgrees() throws IOException, URISyntaxException {
        Map<String, String> status = new HashMap<>();
        for (String[] r : csv("expected-status.csv")) {
            status.put(r[0] + "/" + r[1] + "/" + r[2] + "/" + r[3], r[4]);
        }
        ResultTable results = compute().results();
        List<String> mismatches = new ArrayList<>();
        for (String[] r : csv("expected.csv")) {
            String key = r[0] + "/" + r[1] + "/" + r[2] + "/" + r[3];
            IndicatorId id;
            try {
                id = IndicatorId.parse(r[0]);
            } catch (IllegalArgumentException e) {
                mismatches.add(key + ": unknown indicator id " + r[0]);
                continue;
            }
            IndicatorResult got = results.get(id, period(r[1]), Level.valueOf(r[2]), r[3]).orElse(null);
            if (got == null) {
                mismatches.add(key + ": no result row");
                continue;
            }
            String actual = got.status() + " " + got.numerator() + "/" + got.denominator() + " "
                    + ResultTable.number(got.value(), false);
            String expected = "SUPPRESSED".equals(status.get(key)) ? "SUPPRESSED null/" + r[5] + " null"
                    : status.get(key) + " " + r[4] + "/" + r[5] + " " + r[6];
            if (!expected.equals(actual)) {
                mismatches.add(key + ": expected " + expected + ", got " + actual);
            }
        }
        assertEquals(List.of(), mismatches);
    }

    @Test
    void noRowsBeyondTheExpectedOnes() throws IOException, URISyntaxException {
        Map<String, Long> expected = csv("expected.csv").stream()
                .collect(Collectors.groupingBy(r -> r[0] + "/" + r[1] + "/" + r[2], TreeMap::new, Collectors.counting()));
        Set<String> ids = Set.copyOf(TIER2);
        Map<String, Long> actual = compute().results().stream().filter(r -> ids.contains(r.indicator().id()))
                .collect(Collectors.groupingBy(r -> r.indicator().id() + "/" + r.period().label() + "/" + r.level(),
                        TreeMap::new, Collectors.counting()));
        assertEquals(expected, actual);
    }

    @Test
    void exclusionsAgree() throws IOException, URISyntaxException {
        Map<String, Long> expected = new TreeMap<>();
        for (String[] r : csv("expected-exclusions.csv")) {
            expected.put(r[0] + "/" + r[1] + "/" + r[2], Long.parseLong(r[3]));
        }
        Set<String> ids = Set.copyOf(TIER2);
        Map<String, Long> actual = new TreeMap<>();
        for (ExclusionCount e : compute().exclusions()) {
            if (ids.contains(e.indicator().id()) && e.count() > 0) {
                actual.put(e.indicator().id() + "/" + e.period().label() + "/" + e.reason().name(), e.count());
            }
        }
        assertEquals(expected, actual);
    }
}
