package org.childstat.indicators.scorecard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.childstat.indicators.scorecard.grid.Chromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The case presentation as a reader sees it, in headless Chromium (it fails, never skips, without
 * it): the packet of a synthetic family's in-home case open 18 months or longer, with children
 * removed during services and reports, as its update six months on. Every report, removal and
 * placement of the case's children (counted here from the CSV files) is a visible row of the
 * timeline; each removal is a visible decision point; exactly the rows dated after the update's
 * date show the visible "new" mark; the notice is the first thing on the page. The screenshot goes
 * to {@code target/present-packet.png}.
 */
class PresentBrowserTest {
    static final String SINCE = "2026-03-31";
    static Path target;
    static Path data;
    static Chromium browser;
    static String caseId;
    static Set<String> children;

    @BeforeAll
    static void countyAndBrowser() throws Exception {
        assertTrue(Chromium.installed(), "chromium is not installed: apt-get install -y chromium (.ci/run does)");
        target = Path.of("target").toAbsolutePath();
        data = target.resolve("present-county");
        CapturedChildstat cli = new CapturedChildstat();
        assertEquals(0, cli.run("synth", "--children", "20000", "--out", data.toString()), cli.err());
        // the case: 2+ children, open on the as-of date since 18+ months, its children with removals and reports
        Map<String, Set<String>> cases = new LinkedHashMap<>();
        Map<String, String> opened = new HashMap<>();
        Set<String> open = new HashSet<>();
        for (Map<String, String> r : Rfc4180.rows(data.resolve("in_home_cases.csv"))) {
            cases.computeIfAbsent(r.get("case_id"), k -> new HashSet<>()).add(r.get("child_id"));
            opened.merge(r.get("case_id"), r.get("open_date"), (a, b) -> a.compareTo(b) <= 0 ? a : b);
            if (r.get("close_date").isEmpty()) {
                open.add(r.get("case_id"));
            }
        }
        Set<String> removed = column("episodes.csv", "child_id"), reported = column("reports.csv", "child_id");
        for (Map.Entry<String, Set<String>> c : cases.entrySet()) {
            if (c.getValue().size() >= 2 && open.contains(c.getKey()) && opened.get(c.getKey()).compareTo("2025-03-30") <= 0
                    && c.getValue().stream().anyMatch(removed::contains)
                    && c.getValue().stream().anyMatch(reported::contains)) {
                caseId = c.getKey();
                children = c.getValue();
                break;
            }
        }
        assertTrue(caseId != null, "the synthetic county has such a case");
        assertEquals(0, cli.run("present", "--data", data.toString(), "--case", caseId, "--out",
                target.resolve("present-packet.html").toString(), "--since", SINCE), cli.err());
        browser = Chromium.start(1200, 900, target.resolve("chromium-present.log"));
        browser.open(target.resolve("present-packet.html"), null);
    }

    @AfterAll
    static void closeBrowser() throws Exception {
        if (browser != null) {
            browser.close();
        }
    }

    /** The visible timeline rows, top to bottom, as "date|what|mark texts". */
    static List<String> rows() throws Exception {
        String text = browser.eval("Array.from(document.querySelectorAll('#timeline tbody tr'))"
                + ".filter(function(r){return r.getBoundingClientRect().height > 0;})"
                + ".sort(function(a,b){return a.getBoundingClientRect().top - b.getBoundingClientRect().top;})"
                + ".map(function(r){var c=r.cells; var marks=Array.from(r.querySelectorAll('.mark'))"
                + ".filter(function(m){return m.getBoundingClientRect().width > 0;}).map(function(m){return m.textContent;});"
                + "return c[0].textContent.slice(-10)+'|'+c[2].textContent+'|'+marks.join(',');}).join('\\n')");
        return Arrays.asList(text.split("\n"));
    }

    @Test
    void everyReportRemovalAndPlacementOfTheChildrenIsAVisibleRow() throws Exception {
        List<String> rows = rows();
        long reports = Rfc4180.rows(data.resolve("reports.csv")).stream()
                .filter(r -> children.contains(r.get("child_id"))).count();
        Set<String> episodes = new HashSet<>();
        long removals = 0;
        for (Map<String, String> r : Rfc4180.rows(data.resolve("episodes.csv"))) {
            if (children.contains(r.get("child_id"))) {
                episodes.add(r.get("episode_id"));
                removals++;
            }
        }
        long placements = Rfc4180.rows(data.resolve("placements.csv")).stream()
                .filter(r -> episodes.contains(r.get("episode_id"))).count();
        assertTrue(reports > 0 && removals > 0 && placements > 0);
        assertEquals(reports, rows.stream().filter(r -> r.split("\\|")[1].equals("report")).count(), caseId);
        assertEquals(removals, rows.stream().filter(r -> r.split("\\|")[1].equals("removal")).count(), caseId);
        assertEquals(placements, rows.stream().filter(r -> r.split("\\|")[1].equals("placement")).count(), caseId);
        // each removal and each report is a decision point, and shows it
        assertTrue(rows.stream().filter(r -> r.split("\\|")[1].matches("removal|report"))
                .allMatch(r -> r.endsWith("decision") || r.contains("decision")), String.join("\n", rows));
        // dated order, top to bottom
        for (int i = 1; i < rows.size(); i++) {
            assertTrue(rows.get(i).substring(0, 10).compareTo(rows.get(i - 1).substring(0, 10)) >= 0, rows.get(i));
        }
        Files.write(target.resolve("present-packet.png"), browser.screenshot(false));
    }

    @Test
    void exactlyTheRowsAfterTheUpdatesDateAreMarkedNew() throws Exception {
        int fresh = 0;
        for (String r : rows()) {
            boolean after = r.substring(0, 10).compareTo(SINCE) > 0;
            boolean marked = Arrays.asList(r.split("\\|", -1)[2].split(",")).contains("new");
            assertEquals(after, marked, r);
            fresh += after ? 1 : 0;
        }
        assertTrue(fresh > 0, "the case went on after " + SINCE);
    }

    @Test
    void theNoticeComesFirstAndEachChildHasItsCounts() throws Exception {
        String notice = browser.eval("(function(){var n=document.getElementById('notice').getBoundingClientRect();"
                + "var h=document.querySelector('h1').getBoundingClientRect();"
                + "return n.height > 0 && n.bottom <= h.top;})()");
        assertEquals("true", notice);
        assertTrue(browser.eval("document.getElementById('notice').textContent").startsWith("For internal case review"));
        String heads = browser.eval("Array.from(document.querySelectorAll('h3'))"
                + ".filter(function(h){return h.getBoundingClientRect().height > 0;})"
                + ".map(function(h){return h.textContent;}).join(',')");
        for (String c : children) {
            assertTrue(heads.contains("Child " + c), heads);
        }
        assertTrue(browser.requested().stream().allMatch(u -> u.startsWith("file:") || u.startsWith("about:")
                || u.startsWith("data:")), "a self-contained page: " + browser.requested());
    }

    private static Set<String> column(String file, String column) throws Exception {
        Set<String> out = new HashSet<>();
        Rfc4180.rows(data.resolve(file)).forEach(r -> out.add(r.get(column)));
        return out;
    }
}
