package org.childstat.indicators.scorecard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.childstat.indicators.core.internal.CsvWriter;
import org.childstat.indicators.core.internal.JsonString;
import org.childstat.indicators.scorecard.grid.Chromium;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile ids and names, end to end: a synthetic county whose bureau, office, unit and worker
 * ids and names are script, markup, quotes, backslashes and U+2028, run by {@code childstat run},
 * then scorecard.html opened in headless Chromium. No payload runs, the page throws nothing, the
 * text shows as written, the drill-down and the book work for those ids, and the CSVs hold them
 * as RFC 4180 cells (a formula-like id defused the same way in results.csv and entities.csv).
 */
class ScorecardInjectionTest {
    @TempDir
    Path dir;

    /** Each payload, when run, sets window.__pwned; a browser that shows them as text never does. */
    static final String BUREAU_ID = "B1\"<img src=x onerror=window.__pwned=1>";
    static final String OFFICE_ID = "O\\\"1</script><script>window.__pwned=2</script>";
    static final String UNIT_ID = "U'1\u2028<svg onload=window.__pwned=3>";
    static final String WORKER_ID = "=1+1\"<b>w</b>";
    static final String BUREAU_NAME = "<img src=x onerror=window.__pwned=4>";
    static final String OFFICE_NAME = "</script><script>window.__pwned=5</script>";
    static final String UNIT_NAME = "\"'\\ \u2028\u2029 <i onmouseover=window.__pwned=6>u</i>";
    static final String WORKER_NAME = "<script>window.__pwned=7</script> @SUM(A1:A2)";
    /** Around each in-home case id (64 characters at most in all): shell and markup, then the end of a script. */
    static final String CASE_BEFORE = "'$(x)<b>";
    static final String CASE_AFTER = "</script><img src=x onerror=window.__pwned=8>";
    /** The data folder: a quote for the shell, markup for the page. */
    static final String DATA_FOLDER = "data 'x' <b>$HOME</b>";

    @Test
    void hostileIdsAndNames_runNowhere_showAsText_andStayCells() throws Exception {
        assertTrue(Chromium.installed(), "chromium is not installed: apt-get install -y chromium (.ci/run does)");
        CapturedChildstat cli = new CapturedChildstat();
        Path data = dir.resolve(DATA_FOLDER);
        assertEquals(0, cli.run("synth", "--out", data.toString(), "--children", "3000"), cli.err());
        // the first unit of B1's first office, and that unit's first worker
        List<Map<String, String>> org = Rfc4180.rows(data.resolve("org_units.csv"));
        Map<String, String> first = org.stream().filter(r -> r.get("bureau_id").equals("B1")).findFirst().orElseThrow();
        String office = first.get("office_id"), unit = first.get("unit_id");
        // the unit's worker with the most assignments, so that it has results
        Set<String> inUnit = new java.util.HashSet<>();
        Rfc4180.rows(data.resolve("workers.csv")).stream().filter(r -> r.get("unit_id").equals(unit))
                .forEach(r -> inUnit.add(r.get("worker_id")));
        String worker = Rfc4180.rows(data.resolve("assignments.csv")).stream().map(r -> r.get("worker_id"))
                .filter(inUnit::contains).collect(java.util.stream.Collectors.groupingBy(w -> w,
                        java.util.stream.Collectors.counting())).entrySet().stream()
                .sorted((a, b) -> a.getValue().equals(b.getValue()) ? a.getKey().compareTo(b.getKey())
                        : Long.compare(b.getValue(), a.getValue())).findFirst().orElseThrow().getKey();
        Map<String, String> ids = Map.of("B1", BUREAU_ID, office, OFFICE_ID, unit, UNIT_ID, worker, WORKER_ID);
        rewrite(data.resolve("org_units.csv"), Set.of("unit_id", "office_id", "bureau_id"), ids, Map.of(
                "bureau_name", BUREAU_NAME, "office_name", OFFICE_NAME, "unit_name", UNIT_NAME), "unit_id", UNIT_ID);
        rewrite(data.resolve("workers.csv"), Set.of("worker_id", "unit_id"), ids, Map.of("worker_name", WORKER_NAME),
                "worker_id", WORKER_ID);
        for (String f : List.of("assignments.csv", "reports.csv", "contacts.csv", "meetings.csv")) {
            rewrite(data.resolve(f), Set.of("worker_id"), ids, Map.of(), null, null);
        }
        Map<String, String> caseIds = new LinkedHashMap<>();
        Rfc4180.rows(data.resolve("in_home_cases.csv")).forEach(r -> caseIds.put(r.get("case_id"),
                CASE_BEFORE + r.get("case_id") + CASE_AFTER));
        rewrite(data.resolve("in_home_cases.csv"), Set.of("case_id"), caseIds, Map.of(), null, null);
        Path out = dir.resolve("out");
        int code = cli.run("run", "--data", data.toString(), "--out", out.toString());
        assertEquals(0, code, cli.err());

        // the CSVs: each hostile id is one cell; the formula-like one defused alike in both files
        List<Map<String, String>> results = Rfc4180.rows(out.resolve("results.csv"));
        assertTrue(results.stream().anyMatch(r -> r.get("entity_id").equals(OFFICE_ID)), "office id as written");
        assertTrue(results.stream().anyMatch(r -> r.get("entity_id").equals(UNIT_ID)), "unit id as written");
        assertTrue(results.stream().anyMatch(r -> r.get("entity_id").equals("'" + WORKER_ID)), () -> "formula defused: "
                + results.stream().map(r -> r.get("entity_id")).filter(e -> e.contains("1+1")).distinct().toList() + " "
                + worker);
        assertTrue(Rfc4180.rows(out.resolve("entities.csv")).stream().anyMatch(r -> r.get("entity_id")
                .equals("'" + WORKER_ID)), "entities.csv defuses it the same way, so the join holds");

        Path page = out.resolve("scorecard.html");
        try (Chromium browser = Chromium.start(1400, 1000, dir.resolve("chromium.log"))) {
            browser.open(page, null);
            browser.waitUntil("document.body.dataset.ready !== undefined");
            assertEquals("undefined", browser.eval("typeof window.__pwned"), "no payload ran");
            assertEquals(List.of(), browser.exceptions(), "the page threw");
            String bureauKey = "BUREAU:" + BUREAU_ID, officeKey = "OFFICE:" + OFFICE_ID;
            // the text shows as written, in the row labels
            String label = browser.eval("(function(){var r=Array.from(document.querySelectorAll('#grid tbody tr'))"
                    + ".find(function(r){return r.dataset.key===" + js(bureauKey) + "});return r.querySelector('th')"
                    + ".textContent;})()");
            assertTrue(label.contains(BUREAU_ID) && label.contains(BUREAU_NAME), label);
            // drill-down through the hostile ids: the office directly under the bureau, the unit under the office
            for (String key : List.of(bureauKey, officeKey)) {
                browser.eval("(function(){Array.from(document.querySelectorAll('#grid tbody tr')).find(function(r){"
                        + "return r.dataset.key===" + js(key) + "}).querySelector('button.toggle').click();return 'ok';})()");
            }
            String order = browser.eval("Array.from(document.querySelectorAll('#grid tbody tr')).filter(function(r){"
                    + "return r.getBoundingClientRect().height>0;}).map(function(r){return r.dataset.key;}).join('\\n')");
            List<String> shown = List.of(order.split("\n"));
            int at = shown.indexOf(bureauKey);
            assertEquals(officeKey, shown.get(at + 1), "the hostile office directly under its bureau");
            assertEquals("UNIT:" + UNIT_ID, shown.get(at + 2), "the hostile unit directly under its office");
            String unitLabel = browser.eval("(function(){var r=Array.from(document.querySelectorAll('#grid tbody tr'))"
                    + ".find(function(r){return r.dataset.key===" + js("UNIT:" + UNIT_ID) + "});return r.querySelector('th')"
                    + ".textContent;})()");
            assertTrue(unitLabel.contains(UNIT_NAME), unitLabel);
            assertEquals("undefined", browser.eval("typeof window.__pwned"));

            // the office's book, by its address
            browser.open(page, URLEncoder.encode(officeKey, StandardCharsets.UTF_8).replace("+", "%20"));
            browser.waitUntil("document.body.dataset.ready !== undefined");
            String title = browser.eval("document.querySelector('#book h2').textContent");
            assertTrue(title.contains(OFFICE_ID) && title.contains(OFFICE_NAME), title);
            assertEquals("undefined", browser.eval("typeof window.__pwned"), "no payload ran in the book");
            assertEquals(List.of(), browser.exceptions(), "the book threw");
            browser.eval("(function(){var s=document.getElementById('funnel-level');s.value='WORKER';"
                    + "s.dispatchEvent(new Event('change'));return 'ok';})()");
            browser.waitUntil("document.querySelectorAll('#funnels .plots[data-level=\"WORKER\"] svg').length > 0");
            assertEquals("undefined", browser.eval("typeof window.__pwned"), "no payload ran in the worker plots");

            // the in-home cases open 18+ months of an office with some (the hostile one if it has any)
            List<Map<String, String>> open18 = results.stream().filter(r -> r.get("indicator")
                    .equals("IN_HOME_OPEN_18M_PLUS") && r.get("level").equals("OFFICE")).toList();
            String lastEnd = open18.stream().map(r -> r.get("period_end")).max(String::compareTo).orElseThrow();
            Map<String, String> withCases = open18.stream().filter(r -> r.get("period_end").equals(lastEnd)
                    && !r.get("numerator").isEmpty() && Long.parseLong(r.get("numerator")) > 0)
                    .sorted((a, b) -> Boolean.compare(!a.get("entity_id").equals(OFFICE_ID), !b.get("entity_id")
                            .equals(OFFICE_ID))).findFirst()
                    .orElseThrow(() -> new AssertionError("no office with an in-home case open 18+ months"));
            browser.open(page, URLEncoder.encode("OFFICE:" + withCases.get("entity_id"), StandardCharsets.UTF_8)
                    .replace("+", "%20"));
            browser.waitUntil("document.body.dataset.ready !== undefined");
            assertEquals("undefined", browser.eval("typeof window.__pwned"), "no payload ran in the in-home section");
            assertEquals(List.of(), browser.exceptions(), "the in-home section threw");
            assertEquals("0", browser.eval("document.querySelectorAll('#book .in-home-long b, #book .in-home-long img,"
                    + " #book .in-home-long script').length"), "no markup from a case id or the folder");
            String cells = browser.eval("Array.from(document.querySelectorAll('#book .in-home-long tr')).filter("
                    + "function(r){return r.querySelector('td');}).map(function(r){return r.cells[0].textContent+"
                    + "'\\u0000'+r.cells[4].textContent;}).join('\\n')");
            List<String> rows = cells.isEmpty() ? List.of() : List.of(cells.split("\n"));
            assertEquals(Long.parseLong(withCases.get("numerator")), rows.size(), cells);
            for (String row : rows) {
                String[] c = row.split("\u0000");
                assertTrue(c[0].startsWith(CASE_BEFORE) && c[0].endsWith(CASE_AFTER), "the case id as written: " + c[0]);
                assertTrue(caseIds.containsValue(c[0]), c[0]);
                assertEquals("childstat present --data " + sh(data.toString()) + " --case " + sh(c[0]) + " --out "
                        + sh(c[0] + ".html"), c[1], "the folder and the case id quoted for the shell");
            }
        }
    }

    /** A POSIX shell word in single quotes. */
    static String sh(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }

    /** A JavaScript string literal of s. */
    static String js(String s) {
        return JsonString.of(s, true);
    }

    /**
     * Rewrites a CSV file: in the id columns, cells equal to a key of {@code ids} become its value;
     * in the rows whose {@code keyColumn} is {@code keyValue} after that, the name columns become
     * the names given (all rows when keyColumn is null and names is empty).
     */
    static void rewrite(Path file, Set<String> idColumns, Map<String, String> ids, Map<String, String> names,
                        String keyColumn, String keyValue) throws Exception {
        List<List<String>> rows = Rfc4180.read(file);
        List<String> header = rows.get(0);
        List<String[]> out = new ArrayList<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            Map<String, String> cells = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                String v = i < row.size() ? row.get(i) : "";
                cells.put(header.get(i), idColumns.contains(header.get(i)) ? ids.getOrDefault(v, v) : v);
            }
            if (keyColumn != null && cells.get(keyColumn).equals(keyValue)) {
                cells.putAll(names);
            }
            out.add(cells.values().toArray(String[]::new));
        }
        try (CsvWriter w = new CsvWriter(file, header, org.childstat.indicators.core.io.FormulaCells.RAW)) {
            for (String[] r : out) {
                w.row(r);
            }
        }
    }
}
