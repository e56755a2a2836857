package org.childstat.indicators.scorecard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.childstat.indicators.scorecard.grid.Chromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * scorecard.html as a reader sees it, in headless Chromium (Debian's {@code chromium}, which
 * {@code .ci/run} installs; these tests fail, they do not skip, where it is missing): the page
 * of a 20,000-child demo run, checked by what takes up space on the screen and where (bounding
 * boxes and computed styles, not classes), after the clicks and choices a manager makes.
 * Screenshots go to {@code target/}.
 */
class ScorecardBrowserTest {
    static Path target;
    static Path run;
    static Path page;
    static Chromium browser;
    /** entities.csv: LEVEL:ID to its parent's LEVEL:ID ("" for the county), in file order. */
    static final Map<String, String> PARENT = new LinkedHashMap<>();

    @BeforeAll
    static void demoAndBrowser() throws Exception {
        assertTrue(Chromium.installed(), "chromium is not installed: apt-get install -y chromium (.ci/run does)");
        target = Path.of("target").toAbsolutePath();
        run = target.resolve("browser-demo");
        CapturedChildstat cli = new CapturedChildstat();
        int code = cli.run("demo", "--children", "20000", "--out", run.toString());
        assertEquals(0, code, cli.err());
        page = run.resolve("scorecard.html");
        for (Map<String, String> row : Rfc4180.rows(run.resolve("entities.csv"))) {
            PARENT.put(row.get("level") + ":" + row.get("entity_id"),
                    row.get("parent_level").isEmpty() ? "" : row.get("parent_level") + ":" + row.get("parent_id"));
        }
        browser = Chromium.start(1400, 1000, target.resolve("chromium.log"));
    }

    @AfterAll
    static void closeBrowser() throws Exception {
        if (browser != null) {
            browser.close();
        }
    }

    @BeforeEach
    void freshPage() throws Exception {
        open(null);
    }

    static void open(String fragment) throws Exception {
        browser.open(page, fragment);
        browser.waitUntil("document.body.dataset.ready !== undefined");
    }

    /** The grid's rows that take up space on the screen, top to bottom, by data-key. */
    static List<String> visibleRows(String table) throws Exception {
        String keys = browser.eval("Array.from(document.querySelectorAll('" + table + " tbody tr'))"
                + ".map(function(r){return [r.getBoundingClientRect(), r.dataset.key];})"
                + ".filter(function(x){return x[0].height > 0;})"
                + ".sort(function(a,b){return a[0].top - b[0].top;})"
                + ".map(function(x){return x[1];}).join('\\n')");
        return keys.isEmpty() ? List.of() : Arrays.asList(keys.split("\n"));
    }

    /** The entities directly below {@code key}, in grid order (ids in order, UNASSIGNED last). */
    static List<String> childrenOf(String key) {
        List<String> out = new ArrayList<>();
        PARENT.forEach((k, p) -> {
            if (p.equals(key)) {
                out.add(k);
            }
        });
        out.sort((a, b) -> a.endsWith(":UNASSIGNED") != b.endsWith(":UNASSIGNED") ? (a.endsWith(":UNASSIGNED") ? 1 : -1)
                : a.compareTo(b));
        return out;
    }

    /** The rows of the grid that have a row: childrenOf limited to entities with results. */
    static List<String> rowsBelow(String key) throws Exception {
        Set<String> withRows = new HashSet<>(Arrays.asList(browser.eval(
                "Array.from(document.querySelectorAll('#grid tbody tr')).map(function(r){return r.dataset.key;}).join('\\n')")
                .split("\n")));
        return childrenOf(key).stream().filter(withRows::contains).toList();
    }

    static void toggle(String key) throws Exception {
        browser.eval("(function(){var r=Array.from(document.querySelectorAll('#grid tbody tr'))"
                + ".find(function(r){return r.dataset.key===" + js(key) + "});"
                + "r.querySelector('button.toggle').click();return 'ok';})()");
    }

    static String js(String s) {
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    /** The first bureau with two offices or more. */
    static String bureauWithOffices() {
        return PARENT.keySet().stream().filter(k -> k.startsWith("BUREAU:") && !k.endsWith(":UNASSIGNED")
                && childrenOf(k).stream().filter(c -> !c.endsWith(":UNASSIGNED")).count() >= 2).findFirst()
                .orElseThrow(() -> new AssertionError("no bureau with two offices in the demo"));
    }

    @Test
    void drillDown_childrenDirectlyUnderTheirParent_nestedWhenSeveralOpen_hiddenWhenClosed() throws Exception {
        List<String> start = visibleRows("#grid");
        assertTrue(start.stream().allMatch(k -> k.startsWith("COUNTY:") || k.startsWith("BUREAU:")), start.toString());
        String b1 = bureauWithOffices();
        toggle(b1);
        List<String> shown = visibleRows("#grid");
        List<String> offices = rowsBelow(b1);
        int at = shown.indexOf(b1);
        assertEquals(offices, shown.subList(at + 1, at + 1 + offices.size()), "directly below " + b1 + ": its offices");
        assertEquals(start.size() + offices.size(), shown.size(), "nothing else appeared");
        // a second bureau open at once: each keeps its own offices under it
        String b2 = start.get(start.indexOf(b1) + 1);
        toggle(b2);
        shown = visibleRows("#grid");
        List<String> offices2 = rowsBelow(b2);
        at = shown.indexOf(b2);
        assertEquals(offices2, shown.subList(at + 1, at + 1 + offices2.size()), "directly below " + b2);
        at = shown.indexOf(b1);
        assertEquals(offices, shown.subList(at + 1, at + 1 + offices.size()), "still directly below " + b1);
        // deeper: an office's units, then a unit's workers, each directly under its parent
        String office = offices.get(0);
        toggle(office);
        String unit = rowsBelow(office).get(0);
        toggle(unit);
        shown = visibleRows("#grid");
        List<String> units = rowsBelow(office), workers = rowsBelow(unit);
        assertFalse(workers.isEmpty());
        at = shown.indexOf(office);
        List<String> expected = new ArrayList<>();
        expected.add(units.get(0));
        expected.addAll(workers);
        expected.addAll(units.subList(1, units.size()));
        assertEquals(expected, shown.subList(at + 1, at + 1 + expected.size()),
                "the unit's workers sit under the unit, the office's other units after them");
        assertEquals(offices.get(1), shown.get(at + 1 + expected.size()), "then the bureau's next office");
        Files.write(target.resolve("scorecard-drilldown.png"), browser.screenshot(false));
        // a tooltip names what n counts: days in care for the rate in the first column, children for P1
        String tips = browser.eval("(function(){var r=Array.from(document.querySelectorAll('#grid tbody tr'))[0];"
                + "var heads=Array.from(document.querySelectorAll('#grid thead tr:last-child th'));"
                + "var p1=heads.findIndex(function(h){return h.textContent.indexOf('Permanency in 12 months for')===0;});"
                + "[r.cells[1], r.cells[p1]].forEach(function(c){c.dispatchEvent(new MouseEvent('mouseover',{bubbles:true}));});"
                + "return r.cells[1].title+'|'+r.cells[p1].title;})()");
        assertTrue(tips.matches("n = [0-9,]+ days in care\\|n = [0-9,]+ children"), tips);
        // closing the bureau hides its whole subtree; the other bureau stays open
        toggle(b1);
        shown = visibleRows("#grid");
        for (String k : shown) {
            String p = PARENT.getOrDefault(k, "");
            while (!p.isEmpty()) {
                assertFalse(p.equals(b1), k + " is under the closed " + b1);
                p = PARENT.getOrDefault(p, "");
            }
        }
        at = shown.indexOf(b2);
        assertEquals(offices2, shown.subList(at + 1, at + 1 + offices2.size()));
        toggle(b1);
        assertEquals(start.size() + offices.size() + offices2.size(), visibleRows("#grid").size(),
                "reopened, the bureau shows its offices only, not the units opened before");
    }

    /** Width x height of each level's funnel container, as laid out. */
    static Map<String, Double> funnelBoxes() throws Exception {
        Map<String, Double> out = new LinkedHashMap<>();
        for (String level : List.of("BUREAU", "OFFICE", "UNIT", "WORKER")) {
            out.put(level, Double.parseDouble(browser.eval("(function(){var r=document.querySelector("
                    + "'#funnels .plots[data-level=\"" + level + "\"]').getBoundingClientRect();return r.width*r.height;})()")));
        }
        return out;
    }

    @Test
    void funnelLevel_onlyTheChosenLevelsPlotsTakeSpace_andTheyAreThatLevels() throws Exception {
        Map<String, Double> boxes = funnelBoxes();
        assertTrue(boxes.get("OFFICE") > 0, boxes.toString());
        assertEquals(0.0, boxes.get("BUREAU") + boxes.get("UNIT") + boxes.get("WORKER"), boxes.toString());
        browser.eval("(function(){var s=document.getElementById('funnel-level');s.value='WORKER';"
                + "s.dispatchEvent(new Event('change'));return 'ok';})()");
        browser.waitUntil("document.querySelectorAll('#funnels .plots[data-level=\"WORKER\"] svg').length > 0");
        boxes = funnelBoxes();
        assertTrue(boxes.get("WORKER") > 0, boxes.toString());
        assertEquals(0.0, boxes.get("BUREAU") + boxes.get("OFFICE") + boxes.get("UNIT"), boxes.toString());
        // the points shown are workers: every visible point's entity is a worker of entities.csv
        String ids = browser.eval("Array.from(document.querySelectorAll('#funnels circle[data-e]'))"
                + ".filter(function(c){return c.getBoundingClientRect().width > 0;})"
                + ".map(function(c){return c.dataset.e;}).join('\\n')");
        List<String> shown = Arrays.asList(ids.split("\n"));
        assertTrue(shown.size() > 100, "hundreds of workers: " + shown.size());
        shown.forEach(id -> assertTrue(PARENT.containsKey("WORKER:" + id), id + " is not a worker"));
    }

    @Test
    void officeBook_byAddress_showsItsRowsItsPointAndItsTrends_incompleteMonthsHollowAndUnflagged() throws Exception {
        String office = rowsBelowAll("OFFICE").get(0);
        open(office);
        assertTrue(box("#book") > 0, "the book is shown");
        assertEquals(0.0, box("#grid"), "the county grid is not");
        assertTrue(browser.eval("document.querySelector('#book h2').textContent").contains(office.substring(7)));
        List<String> rows = visibleRows("#book");
        List<String> expected = new ArrayList<>();
        expected.add(office);
        expected.addAll(rowsBelow(office));
        assertEquals(expected, rows, "its row, then its units");
        assertEquals(office.substring(7), browser.eval("document.getElementById('book-select').value.substring(7)"));
        // its point ringed in every office funnel, where its own point is
        int plots = Integer.parseInt(browser.eval("document.querySelectorAll('#funnels .plots[data-level=\"OFFICE\"] svg').length"));
        String rings = browser.eval("Array.from(document.querySelectorAll('#funnels circle.me')).filter(function(c){"
                + "var b=c.getBoundingClientRect();return b.width>0;}).map(function(c){var p=Array.from(c.parentNode"
                + ".querySelectorAll('circle[data-e]')).find(function(x){return x.dataset.e===" + js(office.substring(7))
                + ";});return p && p.getAttribute('cx')===c.getAttribute('cx') && p.getAttribute('cy')===c.getAttribute('cy');})"
                + ".join(',')");
        assertEquals(plots, rings.split(",").length, "a ring in each of the " + plots + " office funnel plots");
        assertFalse(rings.contains("false"), "each ring is on the office's own point");
        // trends: the office's, its bureau's and the county's, side by side
        String captions = browser.eval("Array.from(document.querySelectorAll('#book .trio')[0].querySelectorAll("
                + "'figcaption')).map(function(f){return f.textContent;}).join('|')");
        String[] three = captions.split("\\|");
        assertEquals(3, three.length, captions);
        String bureau = PARENT.get(office).substring(7);
        assertTrue(three[0].contains(office.substring(7)) && three[1].contains(bureau) && three[2].equals("County"),
                captions);
        // the office's latest month of permanency in 12 months: follow-up running, so hollow, not a signal
        List<Map<String, String>> trend = Rfc4180.rows(run.resolve("trends.csv")).stream()
                .filter(r -> r.get("indicator").equals("CFSR4_P1") && r.get("level").equals("OFFICE")
                        && r.get("entity_id").equals(office.substring(7))).toList();
        Map<String, String> last = trend.get(trend.size() - 1);
        assertEquals("INCOMPLETE", last.get("status"));
        assertEquals("", last.get("signal"));
        String point = browser.eval("(function(){var f=Array.from(document.querySelectorAll('#book figure[data-indicator="
                + "\"CFSR4_P1\"]'))[0];var c=Array.from(f.querySelectorAll('circle[data-period]')).find(function(c){"
                + "return c.dataset.period===" + js(last.get("period")) + ";});var s=getComputedStyle(c);"
                + "return [s.fill, c.getAttribute('r'), c.getBoundingClientRect().width>0, c.textContent].join('|');})()");
        String[] p = point.split("\\|");
        assertEquals("rgb(255, 255, 255)", p[0], "hollow: " + point);
        assertTrue(Double.parseDouble(p[1]) < 4, "not drawn as a signal: " + point);
        assertEquals("true", p[2], "visible");
        assertTrue(p[3].contains("not counted: incomplete") && !p[3].contains("signal"), point);
        // and the whole series: no point of a month that is not OK is drawn as a signal
        assertEquals("0", browser.eval("document.querySelectorAll('#book circle.pt-uncounted[r=\"4\"]').length"));
        Files.write(target.resolve("scorecard-book.png"), browser.screenshot(false));
    }

    @Test
    void book_selectorSetsTheAddress_andTheAddressOpensTheBook_thenNoRequestLeftThePage() throws Exception {
        String unit = rowsBelowAll("UNIT").get(0);
        browser.eval("(function(){var s=document.getElementById('book-select');s.value=" + js(unit) + ";"
                + "s.dispatchEvent(new Event('change'));return 'ok';})()");
        browser.waitUntil("document.body.dataset.ready === '#" + unit.replace(":", "%3A") + "'");
        assertTrue(browser.eval("location.hash").endsWith(unit.replace(":", "%3A")));
        assertTrue(box("#book") > 0);
        assertEquals(unit, visibleRows("#book").get(0));
        for (String url : browser.requested()) {
            assertTrue(url.startsWith("file:") || url.startsWith("data:") || url.startsWith("about:"),
                    "a request left the page: " + url);
        }
    }

    @Test
    void book_ofAnEntityFlaggedWorse_drawsTheCasesThatChildstatCasesDraws_andPrintsWithoutControls() throws Exception {
        // the first office with a cell flagged worse (-), and that indicator's column
        String found = browser.eval("(function(){var heads=Array.from(document.querySelectorAll('#grid thead tr:last-child th'));"
                + "var r=Array.from(document.querySelectorAll('#grid tbody tr')).find(function(r){return r.dataset.key"
                + ".indexOf('OFFICE:')===0&&r.querySelector('td.c-RED');});var td=r.querySelector('td.c-RED');"
                + "return r.dataset.key+'|'+heads[td.cellIndex].textContent;})()");
        String office = found.split("\\|")[0];
        open(office);
        String caseText = browser.eval("Array.from(document.querySelectorAll('#book table.cases')).map(function(t){"
                + "return t.previousElementSibling.textContent+'='+Array.from(t.querySelectorAll('tr')).slice(1)"
                + ".map(function(r){return r.cells[0].textContent;}).join(',');}).join('\\n')");
        assertFalse(caseText.isEmpty(), "cases are drawn for " + office);
        String first = caseText.split("\n")[0];
        int close = first.indexOf("): ");
        String indicator = first.substring(first.lastIndexOf('(', close) + 1, close);
        List<String> drawn = Arrays.asList(first.substring(first.indexOf('=') + 1).split(","));
        CapturedChildstat cases = new CapturedChildstat();
        String period = browser.eval("document.getElementById('period').textContent").split(" ")[1];
        assertEquals(0, cases.run("cases", "--data", run.resolve("data").toString(), "--indicator", indicator,
                "--period", period, "--entity", office, "--n", "3", "--seed", "0"), cases.err());
        List<String> sampled = new ArrayList<>();
        for (String line : cases.out().split("\n")) {
            if (line.startsWith(indicator + " " + period + " child ")) {
                sampled.add(line.substring((indicator + " " + period + " child ").length(), line.indexOf(':')));
            }
        }
        assertEquals(sampled, drawn, "the book draws what `childstat cases --n 3 --seed 0` draws");
        // print: the book without the controls, the county grid or the data-quality tables
        byte[] pdf = browser.pdf();
        assertTrue(pdf.length > 1000 && new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1).equals("%PDF-"));
        browser.emulatePrint(true);
        try {
            assertEquals(0.0, box(".controls"), "no selector on paper");
            assertEquals(0.0, box("#funnel-level"), "no level selector on paper");
            assertEquals(0.0, box("#quality") + box("#settings") + box("#grid"), "the book only");
            assertTrue(box("#book") > 0 && box("#funnels") > 0);
            assertEquals("0", browser.eval("Array.from(document.querySelectorAll('button.toggle')).filter(function(b){"
                    + "return b.getBoundingClientRect().width>0;}).length"), "no toggles on paper");
        } finally {
            browser.emulatePrint(false);
        }
        Files.write(target.resolve("scorecard-book.pdf"), pdf);
    }

    @Test
    void officeBook_listsItsInHomeCasesOpen18MonthsOrLonger_withTheirPacketCommands_aBureauBookDoesNot()
            throws Exception {
        // results.csv, read here: the offices' numerators of IN_HOME_OPEN_18M_PLUS in the latest period
        List<Map<String, String>> results = Rfc4180.rows(run.resolve("results.csv")).stream()
                .filter(r -> r.get("indicator").equals("IN_HOME_OPEN_18M_PLUS")).toList();
        String lastEnd = results.stream().map(r -> r.get("period_end")).max(String::compareTo).orElseThrow();
        Map<String, String> row = results.stream().filter(r -> r.get("period_end").equals(lastEnd)
                && r.get("level").equals("OFFICE") && !r.get("entity_id").equals("UNASSIGNED")
                && !r.get("numerator").isEmpty() && Long.parseLong(r.get("numerator")) > 0).findFirst()
                .orElseThrow(() -> new AssertionError("no office with an in-home case open 18+ months in the demo"));
        long numerator = Long.parseLong(row.get("numerator"));
        assertTrue(numerator > 0, "precondition: the office has such a case");
        assertTrue(browser.eval("document.getElementById('period').textContent").contains(row.get("period")),
                "the grid shows the latest period, " + row.get("period"));
        String office = "OFFICE:" + row.get("entity_id");
        open(office);
        assertTrue(box("#book .in-home-long") > 0, "the section is shown in " + office + "'s book");
        assertEquals("true", browser.eval("document.getElementById('book').contains(document.querySelector("
                + "'.in-home-long')) && document.querySelector('.in-home-long h3').textContent==="
                + "'In-home cases open 18 months or longer'"));
        String shown = browser.eval("Array.from(document.querySelectorAll('#book .in-home-long tr')).filter(function(r){"
                + "return r.getBoundingClientRect().height>0 && r.querySelector('td');}).map(function(r){"
                + "return Array.from(r.cells).map(function(c){return c.textContent;}).join('|');}).join('\\n')");
        List<String> lines = Arrays.asList(shown.split("\n"));
        assertEquals(numerator, lines.size(), "one visible row per case in the office's numerator: " + shown);
        // each row against in_home_cases.csv: the case's earliest open date, 18 months or more before p
        Map<String, String> opened = new LinkedHashMap<>();
        for (Map<String, String> r : Rfc4180.rows(run.resolve("data").resolve("in_home_cases.csv"))) {
            opened.merge(r.get("case_id"), r.get("open_date"), (a, b) -> a.compareTo(b) <= 0 ? a : b);
        }
        java.util.regex.Matcher asOf = java.util.regex.Pattern.compile("\"as_of\": \"([0-9-]+)\"")
                .matcher(Files.readString(run.resolve("run.json")));
        assertTrue(asOf.find());
        String p = lastEnd.compareTo(asOf.group(1)) <= 0 ? lastEnd : asOf.group(1);
        String data = run.resolve("data").toString();
        String dir = data.matches("[A-Za-z0-9_./-]+") ? data : "'" + data.replace("'", "'\\''") + "'";
        List<String> dates = new ArrayList<>();
        for (String line : lines) {
            String[] c = line.split("\\|");
            assertEquals(5, c.length, line);
            String id = c[0];
            assertEquals(opened.get(id), c[1], "the case's open date: " + line);
            assertFalse(java.time.LocalDate.parse(c[1]).plusMonths(18).isAfter(java.time.LocalDate.parse(p)), line);
            assertTrue(Integer.parseInt(c[2]) >= 18, line);
            assertEquals("childstat present --data " + dir + " --case " + id + " --out " + id + ".html", c[4],
                    "the packet command of " + id);
            dates.add(c[1] + " " + id);
        }
        assertEquals(dates.stream().sorted().toList(), dates, "oldest first, then by case id");
        browser.eval("(function(){document.querySelector('.in-home-long').scrollIntoView();return 'ok';})()");
        Files.write(target.resolve("scorecard-book-in-home.png"), browser.screenshot(false));
        // a bureau's book has no such section
        open(PARENT.get(office));
        assertTrue(box("#book") > 0);
        assertEquals("0", browser.eval("document.querySelectorAll('#book .in-home-long').length"));
        assertFalse(browser.eval("document.getElementById('book').textContent").contains("open 18 months or longer"));
    }

    /** Every entity of a level that has a row in the grid, in grid order. */
    static List<String> rowsBelowAll(String level) throws Exception {
        return Arrays.stream(browser.eval("Array.from(document.querySelectorAll('#grid tbody tr')).map(function(r){"
                + "return r.dataset.key;}).join('\\n')").split("\n")).filter(k -> k.startsWith(level + ":")
                && !k.endsWith(":UNASSIGNED")).toList();
    }

    static double box(String selector) throws Exception {
        return Double.parseDouble(browser.eval("(function(){var r=document.querySelector('" + selector
                + "').getBoundingClientRect();return r.width*r.height;})()"));
    }
}
