package org.childstat.indicators.scorecard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line (docs/outputs.md): outputs, exit codes, one-line messages. */
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
    void explainWorker_printsWhyAWorkerCounted_andRefusesAChildIndicator() {
        // EXPECTED.md §8: W4 moves from U1 to U2 on 2024-04-01, so it left U1 in FFY2024
        assertEquals(0, cli.run("explain", "--data", WORKED.toString(), "--worker", "W4", "--indicator",
                "WORKER_TURNOVER", "--period", "FFY2024"), cli.err());
        String text = cli.out();
        assertTrue(text.startsWith("WORKER_TURNOVER FFY2024 worker W4: IN_NUMERATOR"), text);
        assertTrue(text.contains("unit U1") && text.contains("spell_end 2024-03-31"), text);
        assertEquals(2, cli.run("explain", "--data", WORKED.toString(), "--worker", "W4", "--indicator", "CFSR4_P1",
                "--period", "FFY2024"));
        assertTrue(cli.err().contains("counts children, not workers"), cli.err());
        assertEquals(2, cli.run("explain", "--data", WORKED.toString(), "--worker", "W44", "--indicator", "CASELOAD",
                "--period", "FFY2024"));
        assertTrue(cli.err().contains("no worker W44") && cli.err().contains("nearest ids: W4"), cli.err());
        assertEquals(2, cli.run("explain", "--data", WORKED.toString(), "--worker", "W4", "--child", "C01",
                "--indicator", "CASELOAD", "--period", "FFY2024"));
        assertTrue(cli.err().contains("one of --child and --worker"), cli.err());
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
    void cases_inHomeOpen18m_listsCasesWithTheirChildren() {
        Path folder = dir.resolve("inhome");
        org.childstat.indicators.core.io.CaseDataWriter.write(org.childstat.indicators.core.model.CaseData.builder()
                .asOf("2024-12-31")
                .child("A").born("2016-05-01").servedInHome("K1", "2022-01-10").assignedTo("W1")
                .child("B").born("2018-05-01").servedInHome("K1", "2022-01-10").assignedTo("W1")
                .child("C").born("2017-05-01").servedInHome("K2", "2024-06-01").assignedTo("W1")
                .build(), folder);
        assertEquals(0, cli.run("cases", "--data", folder.toString(), "--indicator", "IN_HOME_OPEN_18M_PLUS",
                "--period", "FFY2024", "--entity", "COUNTY:COUNTY", "--n", "1", "--seed", "1"), cli.err());
        String text = cli.out();
        assertTrue(text.contains("case_id,children,outcome,episode_id,worker_id,unit_id"), text);
        assertTrue(text.contains("K1,A;B,missed,"), text);
        assertTrue(text.contains("K2,C,met,"), text);
        assertTrue(text.contains("case K1"), "the sample is the case open 18+ months: " + text);
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
        // a period that starts after the as-of date is a usage error (GuardRailsTest): FFY2000 starts 1999-10-01
        assertEquals(1, cli.run("run", "--data", WORKED.toString(), "--out", dir.resolve("out").toString(), "--as-of",
                "2000-01-31", "--periods", "FFY2000"));
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

    /** The (level, entity_id) pairs of a file's rows, as "LEVEL:ID". */
    private static java.util.Set<String> entityKeys(List<java.util.Map<String, String>> rows) {
        java.util.Set<String> keys = new java.util.LinkedHashSet<>();
        rows.forEach(r -> keys.add(r.get("level") + ":" + r.get("entity_id")));
        return keys;
    }

    @Test
    void run_syntheticCounty_indicatorsAndEntitiesDescribeResults() throws IOException {
        Path data = dir.resolve("data");
        assertEquals(0, cli.run("synth", "--out", data.toString(), "--children", "2000"), cli.err());
        Path outDir = dir.resolve("out");
        int code = cli.run("run", "--data", data.toString(), "--out", outDir.toString(), "--periods", "FFY2025,FFY2026");
        assertTrue(code == 0 || code == 1, cli.err());
        List<java.util.Map<String, String>> results = Rfc4180.rows(outDir.resolve("results.csv"));
        List<java.util.Map<String, String>> indicators = Rfc4180.rows(outDir.resolve("indicators.csv"));
        List<java.util.Map<String, String>> entities = Rfc4180.rows(outDir.resolve("entities.csv"));
        assertEquals(List.of("indicator", "name", "unit", "scale", "direction", "population", "standard"),
                Rfc4180.read(outDir.resolve("indicators.csv")).get(0));
        assertEquals(List.of("level", "entity_id", "entity_name", "parent_level", "parent_id"),
                Rfc4180.read(outDir.resolve("entities.csv")).get(0));

        // indicators.csv: exactly one row per indicator of results.csv, in results.csv's order
        List<String> inResults = results.stream().map(r -> r.get("indicator")).distinct().toList();
        assertEquals(inResults, indicators.stream().map(r -> r.get("indicator")).toList());
        for (java.util.Map<String, String> r : indicators) {
            org.childstat.indicators.core.indicator.IndicatorId id =
                    org.childstat.indicators.core.indicator.IndicatorId.parse(r.get("indicator"));
            assertEquals(id.title(), r.get("name"));
            assertEquals(id.population(), r.get("population"));
            assertTrue(List.of("percent", "rate", "median_days", "count", "ratio").contains(r.get("unit")), r.toString());
            assertTrue(List.of("higher", "lower", "none").contains(r.get("direction")), r.toString());
            Double standard = org.childstat.indicators.scorecard.grid.Scorecard.NATIONAL_PERFORMANCE.get(id);
            assertEquals(standard == null ? "" : standard.toString(), r.get("standard"), id.name());
        }
        // run.json's options name the same indicators
        java.util.Map<String, Object> json = StrictJson.object(Files.readString(outDir.resolve("run.json")));
        @SuppressWarnings("unchecked")
        java.util.Map<String, Object> options = (java.util.Map<String, Object>) json.get("options");
        assertEquals(java.util.Set.copyOf(inResults), java.util.Set.copyOf((List<?>) options.get("indicators")));

        // entities.csv: every entity of results.csv, with the same name; every parent is a row
        java.util.Map<String, java.util.Map<String, String>> byKey = new java.util.HashMap<>();
        entities.forEach(e -> assertNull(byKey.put(e.get("level") + ":" + e.get("entity_id"), e), "one row each"));
        for (java.util.Map<String, String> r : results) {
            java.util.Map<String, String> e = byKey.get(r.get("level") + ":" + r.get("entity_id"));
            assertNotNull(e, r.get("level") + ":" + r.get("entity_id") + " of results.csv is in entities.csv");
            assertEquals(r.get("entity_name"), e.get("entity_name"), "results.csv and entities.csv name it alike");
        }
        List<String> levels = List.of("COUNTY", "BUREAU", "OFFICE", "UNIT", "WORKER");
        for (java.util.Map<String, String> e : entities) {
            if (e.get("level").equals("COUNTY")) {
                assertEquals(List.of("COUNTY", "", ""), List.of(e.get("entity_id"), e.get("parent_level"),
                        e.get("parent_id")));
                continue;
            }
            assertEquals(levels.get(levels.indexOf(e.get("level")) - 1), e.get("parent_level"), e.toString());
            assertTrue(byKey.containsKey(e.get("parent_level") + ":" + e.get("parent_id")), "parent of " + e);
        }
        List<String> sorted = new java.util.ArrayList<>(entityKeys(entities));
        List<String> expected = new java.util.ArrayList<>(sorted);
        expected.sort(java.util.Comparator.comparing((String k) -> levels.indexOf(k.substring(0, k.indexOf(':'))))
                .thenComparing(k -> k.substring(k.indexOf(':') + 1)));
        assertEquals(expected, sorted, "by level, then entity_id");
        for (String level : List.of("BUREAU", "OFFICE", "UNIT", "WORKER")) {
            assertTrue(byKey.containsKey(level + ":UNASSIGNED"), level);
        }
        // a unit's parent is its office in org_units.csv; every worker of workers.csv is there
        for (java.util.Map<String, String> u : Rfc4180.rows(data.resolve("org_units.csv"))) {
            java.util.Map<String, String> e = byKey.get("UNIT:" + u.get("unit_id"));
            assertEquals(u.get("office_id"), e.get("parent_id"), u.toString());
            assertEquals(u.get("bureau_id"), byKey.get("OFFICE:" + u.get("office_id")).get("parent_id"), u.toString());
        }
        for (java.util.Map<String, String> w : Rfc4180.rows(data.resolve("workers.csv"))) {
            assertTrue(byKey.containsKey("WORKER:" + w.get("worker_id")), w.toString());
        }
    }

    @Test
    void run_officeGivenTwoBureaus_firstRowWins_workerWithTwoSpells_latestUnit() throws IOException {
        Path data = copyWorked();
        Files.writeString(data.resolve("org_units.csv"), "U3,Unit Three,O1,Office Renamed,B2,Bureau Two\n",
                java.nio.file.StandardOpenOption.APPEND);
        // W5's later spell comes first in the file: the latest start decides, not the last row
        Files.writeString(data.resolve("workers.csv"), "W5,Worker Five,U3,2024-01-01,\nW5,Worker Five,U1,2020-01-01,"
                + "2023-12-31\n", java.nio.file.StandardOpenOption.APPEND);
        Path outDir = dir.resolve("out");
        int code = cli.run("run", "--data", data.toString(), "--out", outDir.toString(), "--periods", "FFY2024");
        assertTrue(code == 0 || code == 1, cli.err());
        java.util.Map<String, java.util.Map<String, String>> byKey = new java.util.HashMap<>();
        Rfc4180.rows(outDir.resolve("entities.csv")).forEach(e -> byKey.put(e.get("level") + ":" + e.get("entity_id"), e));
        assertEquals("B1", byKey.get("OFFICE:O1").get("parent_id"), "the first org_units row wins");
        assertEquals("Office One", byKey.get("OFFICE:O1").get("entity_name"));
        assertEquals("O1", byKey.get("UNIT:U3").get("parent_id"));
        assertEquals("COUNTY", byKey.get("BUREAU:B2").get("parent_id"), "a bureau of a later row is still an entity");
        assertEquals("U2", byKey.get("WORKER:W4").get("parent_id"), "W4 moved from U1 to U2 on 2024-04-01");
        assertEquals("U3", byKey.get("WORKER:W5").get("parent_id"));
        assertEquals("Worker Five", byKey.get("WORKER:W5").get("entity_name"));
    }

    @Test
    void run_dataFolderWithAQuoteAndABackslash_runJsonParses() throws IOException {
        Path data = dir.resolve("d\"a\\ta");
        Files.createDirectories(data);
        try (Stream<Path> files = Files.list(WORKED)) {
            for (Path f : files.toList()) {
                Files.copy(f, data.resolve(f.getFileName()));
            }
        }
        Path outDir = dir.resolve("o\"u\\t");
        assertEquals(0, cli.run("run", "--data", data.toString(), "--out", outDir.toString(), "--periods", "FFY2024"),
                cli.err());
        java.util.Map<String, Object> json = StrictJson.object(Files.readString(outDir.resolve("run.json")));
        assertEquals(data.toString(), json.get("data"));
        assertEquals(List.of("FFY2024"), json.get("periods"));
        @SuppressWarnings("unchecked")
        java.util.Map<String, Object> files = (java.util.Map<String, Object>) json.get("files");
        assertEquals(java.util.Map.of("read", 28.0, "used", 28.0, "set_aside", 0.0), files.get("episodes.csv"));
        assertEquals(0, cli.run("validate", "--data", data.toString(), "--out", dir.resolve("v").toString()), cli.err());
        assertEquals(data.toString(), StrictJson.object(Files.readString(dir.resolve("v/run.json"))).get("data"));
    }
}
