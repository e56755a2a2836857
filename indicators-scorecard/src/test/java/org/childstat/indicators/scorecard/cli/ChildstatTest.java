package org.childstat.indicators.scorecard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line of data-contract §5: outputs, exit codes, one-line messages. */
class ChildstatTest {
    static final Path WORKED = Path.of("../indicators-cohort/src/test/resources/worked-example");

    @TempDir
    Path dir;

    private final CapturedChildstat cli = new CapturedChildstat();

    @Test
    void run_workedExample_writesTheContractsFiles() throws IOException {
        Path outDir = dir.resolve("out");
        assertEquals(0, cli.run("run", "--data", WORKED.toString(), "--out", outDir.toString(), "--periods", "FFY2024"), cli.err());
        assertEquals("indicator,period,period_start,period_end,level,entity_id,entity_name,numerator,denominator,value,"
                + "lower95,upper95,status,notes", Files.readAllLines(outDir.resolve("results.csv")).get(0));
        assertEquals("indicator,period,reason,count", Files.readAllLines(outDir.resolve("exclusions.csv")).get(0));
        assertEquals("file,line,column,value,code,severity,message",
                Files.readAllLines(outDir.resolve("data-quality.csv")).get(0));
        assertEquals("indicator,period,level,entity_id,numerator,denominator,value,expected,z,p_value,q_value,"
                + "funnel_band,shrunk_value,shrunk_lower95,shrunk_upper95,flag",
                Files.readAllLines(outDir.resolve("variation.csv")).get(0));
        assertEquals("indicator,level,entity_id,period,value,centre,lower_limit,upper_limit,signal,rule,status",
                Files.readAllLines(outDir.resolve("trends.csv")).get(0));
        String page = Files.readString(outDir.resolve("scorecard.html"));
        assertTrue(page.contains("data-key=\"BUREAU:B1\"") && page.contains("Trends: county"), "scorecard.html");
        // the worked example's hand-computed county value (EXPECTED.md): placement moves 7 / 2,318 days
        assertTrue(Files.readAllLines(outDir.resolve("results.csv")).stream().anyMatch(l -> l.startsWith(
                "CFSR4_PLACEMENT_STABILITY,FFY2024,2023-10-01,2024-09-30,COUNTY,COUNTY,County,7,2318,3.0198,")));
        String json = Files.readString(outDir.resolve("run.json"));
        assertTrue(json.contains("\"episodes.csv\": {\"read\": 28, \"used\": 28, \"set_aside\": 0}"), json);
        assertTrue(json.contains("\"periods\": [\"FFY2024\"]"), json);
    }

    @Test
    void run_onlySomeIndicatorsAndLevels() throws IOException {
        Path outDir = dir.resolve("out");
        assertEquals(0, cli.run("run", "--data", WORKED.toString(), "--out", outDir.toString(), "--periods", "FFY2024",
                "--indicators", "CFSR4_P1,FOSTER_CARE_ENTRIES", "--levels", "UNIT"));
        List<String> lines = Files.readAllLines(outDir.resolve("results.csv"));
        assertTrue(lines.stream().skip(1).allMatch(l -> l.startsWith("CFSR4_P1,") || l.startsWith("FOSTER_CARE_ENTRIES,")));
        assertTrue(lines.stream().skip(1).allMatch(l -> l.contains(",COUNTY,") || l.contains(",UNIT,")));
    }

    @Test
    void explain_printsWhyAChildCounted() {
        assertEquals(0, cli.run("explain", "--data", WORKED.toString(), "--child", "C01", "--indicator", "CFSR4_P1",
                "--period", "FFY2024"), cli.err());
        String text = cli.out();
        assertTrue(text.contains("EXCLUDED (STAY_UNDER_8_DAYS)"), text);
    }

    @Test
    void cases_listsTheDenominatorAndDrawsASample() {
        assertEquals(0, cli.run("cases", "--data", WORKED.toString(), "--indicator", "CFSR4_P1", "--period", "FFY2024",
                "--entity", "UNIT:U1", "--n", "1", "--seed", "7"), cli.err());
        String text = cli.out();
        assertTrue(text.contains("6 cases in the denominator"), text);
        assertTrue(text.contains("sample (n=1, seed=7)"), text);
        assertEquals(2, cli.run("cases", "--data", WORKED.toString(), "--indicator", "CFSR4_P1", "--period", "FFY2024",
                "--entity", "TEAM:U1"));
        assertTrue(cli.err().contains("--entity"), cli.err());
    }

    @Test
    void usageErrors_exit2WithAMessageNamingTheArgument() {
        assertEquals(2, cli.run("run", "--data", dir.resolve("nope").toString(), "--out", dir.toString()));
        assertTrue(cli.err().contains("--data"), cli.err());
        assertEquals(2, cli.run("run", "--data", WORKED.toString(), "--out", dir.toString(), "--indicators", "P9"));
        assertTrue(cli.err().contains("unknown indicator 'P9'"), cli.err());
        assertEquals(2, cli.run("run", "--data", WORKED.toString(), "--out", dir.toString(), "--periods", "FY24"));
        assertTrue(cli.err().contains("'FY24' is not a period label"), cli.err());
        assertEquals(2, cli.run("run", "--data", WORKED.toString(), "--out", dir.toString(), "--colour", "red"));
        assertTrue(cli.err().contains("--colour"), cli.err());
        assertEquals(2, cli.run("frobnicate"));
        assertEquals(2, cli.run("run", "--data", WORKED.toString()));
        assertTrue(cli.err().contains("--out"), "a missing required option is named: " + cli.err());
        assertEquals(2, cli.run("run", "--data", WORKED.toString(), "--out", dir.toString(), "--as-of", "2024-13-01"));
        assertFalse(cli.err().contains("Exception:") || cli.err().contains("\tat "), "no stack trace: " + cli.err());
    }

    @Test
    void help_onEachCommand() {
        assertEquals(0, cli.run("run", "--help"));
        assertTrue(cli.out().contains("--periods"));
        assertEquals(0, cli.run("--help"));
        assertTrue(cli.out().contains("Exit codes"));
    }

    @Test
    void unreadableInput_exit3() throws IOException {
        Path data = dir.resolve("data");
        Files.createDirectories(data);
        try (Stream<Path> files = Files.list(WORKED)) {
            for (Path f : files.toList()) {
                if (!f.getFileName().toString().equals("workers.csv")) {
                    Files.copy(f, data.resolve(f.getFileName()));
                }
            }
        }
        assertEquals(3, cli.run("run", "--data", data.toString(), "--out", dir.resolve("out").toString()));
        assertTrue(cli.err().contains("workers.csv"), cli.err());
    }

    @Test
    void randomBytesInARequiredFile_exit3WithOneLine() throws IOException {
        Path data = copyWorked();
        byte[] junk = new byte[20_000];
        new java.util.Random(3).nextBytes(junk);
        Files.write(data.resolve("episodes.csv"), junk);
        assertEquals(3, cli.run("run", "--data", data.toString(), "--out", dir.resolve("out").toString()));
        assertTrue(cli.err().contains("episodes.csv: not valid UTF-8"), cli.err());
        assertFalse(cli.err().contains("\tat "), "no stack trace");
    }

    @Test
    void asOfBeforeAllData_everyRowSetAside_exit1() throws IOException {
        assertEquals(1, cli.run("run", "--data", WORKED.toString(), "--out", dir.resolve("out").toString(), "--as-of",
                "2000-01-31", "--periods", "FFY2024"));
        assertTrue(cli.out().contains("rows were set aside"));
        assertTrue(Files.readString(dir.resolve("out/data-quality.csv")).contains("AFTER_AS_OF"));
    }

    private Path copyWorked() throws IOException {
        Path data = dir.resolve("data");
        Files.createDirectories(data);
        try (Stream<Path> files = Files.list(WORKED)) {
            for (Path f : files.toList()) {
                Files.copy(f, data.resolve(f.getFileName()));
            }
        }
        return data;
    }

    @Test
    void rowsSetAside_exit1() throws IOException {
        Path data = dir.resolve("data");
        Files.createDirectories(data);
        try (Stream<Path> files = Files.list(WORKED)) {
            for (Path f : files.toList()) {
                Files.copy(f, data.resolve(f.getFileName()));
            }
        }
        Files.writeString(data.resolve("children.csv"), "X99,not-a-date\n", java.nio.file.StandardOpenOption.APPEND);
        assertEquals(1, cli.run("run", "--data", data.toString(), "--out", dir.resolve("out").toString(), "--periods",
                "FFY2024"));
    }
}
