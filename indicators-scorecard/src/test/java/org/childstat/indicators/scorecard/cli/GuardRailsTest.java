package org.childstat.indicators.scorecard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The guard rails (docs/outputs.md, Exit codes): a mistake that used to give a confident wrong
 * answer (or a stack trace) is a usage error, exit 2, one line naming the argument (issue 13).
 */
class GuardRailsTest {
    static final Path WORKED = ChildstatTest.WORKED; // extract.txt: 2025-12-31

    @TempDir
    Path dir;

    private final CapturedChildstat cli = new CapturedChildstat();

    /** The lines of stderr that are not progress ({@code childstat: reading ...}). */
    private List<String> errorLines() {
        return cli.err().lines().filter(l -> !l.startsWith("childstat: reading ") && !l.isBlank()).toList();
    }

    private void assertOneLineNaming(String... words) {
        List<String> lines = errorLines();
        assertEquals(1, lines.size(), "one line: " + cli.err());
        for (String w : words) {
            assertTrue(lines.get(0).contains(w), "names " + w + ": " + lines.get(0));
        }
        assertFalse(cli.err().contains("\tat ") || cli.err().contains("Exception"), "no stack trace: " + cli.err());
    }

    @Test
    void run_asOfAfterTheExtractDate_exit2NamingAsOfAndTheExtractDate() {
        // today: exit 0 and MONTHLY_CASEWORKER_VISITS "0.00% 0/12154 OK" on a 2026-09-30 extract
        assertEquals(2, cli.run("run", "--data", WORKED.toString(), "--out", dir.resolve("o").toString(), "--as-of",
                "2030-01-01", "--periods", "FFY2024"));
        assertOneLineNaming("--as-of", "2030-01-01", "2025-12-31");
        assertFalse(Files.exists(dir.resolve("o/results.csv")), "nothing computed");
    }

    @Test
    void run_asOfOnOrBeforeTheExtractDate_isFine() {
        assertEquals(0, cli.run("run", "--data", WORKED.toString(), "--out", dir.resolve("o").toString(), "--as-of",
                "2025-12-31", "--periods", "FFY2024"), cli.err());
    }

    @Test
    void explainCasesValidate_asOfAfterTheExtractDate_exit2() {
        assertEquals(2, cli.run("explain", "--data", WORKED.toString(), "--child", "C01", "--indicator", "CFSR4_P1",
                "--period", "FFY2024", "--as-of", "2026-01-01"));
        assertTrue(cli.err().contains("--as-of 2026-01-01 is after the extract date 2025-12-31"), cli.err());
        assertEquals(2, cli.run("cases", "--data", WORKED.toString(), "--indicator", "CFSR4_P1", "--period",
                "FFY2024", "--entity", "UNIT:U1", "--as-of", "2026-01-01"));
        assertEquals(2, cli.run("validate", "--data", WORKED.toString(), "--as-of", "2026-01-01"));
    }

    @Test
    void run_periodStartingAfterTheAsOfDate_exit2() {
        // today: exit 0 and every row NO_DATA
        assertEquals(2, cli.run("run", "--data", WORKED.toString(), "--out", dir.resolve("o").toString(), "--periods",
                "FFY2024,FFY2030"));
        assertOneLineNaming("--periods", "FFY2030", "2029-10-01", "2025-12-31");
        // against --as-of too: FFY2025 starts 2024-10-01, after 2024-06-30
        assertEquals(2, cli.run("run", "--data", WORKED.toString(), "--out", dir.resolve("o").toString(), "--as-of",
                "2024-06-30", "--periods", "FFY2025"));
        assertTrue(cli.err().contains("FFY2025 starts on 2024-10-01, after the as-of date 2024-06-30"), cli.err());
    }

    @Test
    void explainAndCases_periodStartingAfterTheAsOfDate_exit2() {
        assertEquals(2, cli.run("explain", "--data", WORKED.toString(), "--child", "C01", "--indicator", "CFSR4_P1",
                "--period", "FFY2030"));
        assertOneLineNaming("--period", "FFY2030");
        assertEquals(2, cli.run("cases", "--data", WORKED.toString(), "--indicator", "CFSR4_P1", "--period",
                "FFY2030", "--entity", "UNIT:U1"));
    }

    @Test
    void cases_entityTheOrganisationDoesNotHave_exit2ListingTheNearestIds() throws IOException {
        Path data = dir.resolve("data");
        assertEquals(0, cli.run("synth", "--out", data.toString(), "--children", "2000"), cli.err());
        // today: exit 0, "0 cases in the denominator"
        CapturedChildstat cases = new CapturedChildstat();
        assertEquals(2, cases.run("cases", "--data", data.toString(), "--indicator", "CFSR4_P1", "--period", "FFY2025",
                "--entity", "OFFICE:O99"));
        List<String> lines = cases.err().lines().filter(l -> !l.startsWith("childstat: reading ")).toList();
        assertEquals(1, lines.size(), cases.err());
        String line = lines.get(0);
        assertTrue(line.contains("--entity") && line.contains("no OFFICE O99"), line);
        List<String> offices = Rfc4180.rows(data.resolve("org_units.csv")).stream().map(r -> r.get("office_id"))
                .distinct().sorted().toList();
        String nearest = line.substring(line.indexOf("nearest OFFICE ids: ") + "nearest OFFICE ids: ".length());
        List<String> named = List.of(nearest.split(", "));
        assertTrue(named.size() >= 1 && named.size() <= 5, line);
        assertTrue(offices.containsAll(named), "real offices only: " + named + " of " + offices);
        assertEquals("", cases.out(), "no table for an entity that is not there");
        // a unit, a worker: the same; the county and an existing entity are fine
        assertEquals(2, cases.run("cases", "--data", data.toString(), "--indicator", "CFSR4_P1", "--period", "FFY2025",
                "--entity", "WORKER:W99999"));
        assertTrue(cases.err().contains("nearest WORKER ids: "), cases.err());
        assertEquals(0, cases.run("cases", "--data", data.toString(), "--indicator", "CFSR4_P1", "--period", "FFY2025",
                "--entity", "OFFICE:" + offices.get(0)), cases.err());
        assertEquals(0, cases.run("cases", "--data", data.toString(), "--indicator", "CFSR4_P1", "--period", "FFY2025",
                "--entity", "COUNTY:COUNTY"), cases.err());
    }

    @Test
    void demoAndSynth_childrenOutsideOneToTenMillion_exit2OneLine() {
        // today: demo --children 0 prints an IllegalArgumentException stack trace and exits 1
        assertEquals(2, cli.run("demo", "--children", "0", "--out", dir.resolve("d").toString()));
        assertOneLineNaming("--children", "1 to 10,000,000", "got 0");
        CapturedChildstat more = new CapturedChildstat();
        assertEquals(2, more.run("demo", "--children", "10000001", "--out", dir.resolve("d").toString()));
        assertTrue(more.err().contains("--children") && !more.err().contains("\tat "), more.err());
        CapturedChildstat synth = new CapturedChildstat();
        assertEquals(2, synth.run("synth", "--children", "10000001", "--out", dir.resolve("s").toString()));
        assertTrue(synth.err().contains("--children must be 1 to 10,000,000, got 10000001"), synth.err());
        assertFalse(synth.err().contains("\tat "), synth.err());
        assertEquals(2, synth.run("synth", "--children", "-5", "--out", dir.resolve("s").toString()));
        assertFalse(Files.exists(dir.resolve("d/data")) || Files.exists(dir.resolve("s")), "nothing written");
    }

    @Test
    void farDates_exit2NamingTheOption_neverAHangOrATrace() {
        // today: +215000-06-30 loops forever at 100% CPU, -999999999-01-01 prints a DateTimeException trace
        for (String date : List.of("+215000-06-30", "-999999999-01-01", "1899-12-31", "2200-01-01")) {
            CapturedChildstat run = new CapturedChildstat();
            assertEquals(2, run.run("run", "--data", WORKED.toString(), "--out", dir.resolve("o").toString(),
                    "--as-of", date), date);
            assertTrue(run.err().contains("--as-of") && run.err().contains(date + " is outside the supported years "
                    + "1900 to 2199"), run.err());
            assertEquals(1, run.err().lines().count(), run.err());
        }
        CapturedChildstat synth = new CapturedChildstat();
        assertEquals(2, synth.run("synth", "--out", dir.resolve("s").toString(), "--as-of", "2300-01-01"));
        assertTrue(synth.err().contains("--as-of"), synth.err());
    }
}
