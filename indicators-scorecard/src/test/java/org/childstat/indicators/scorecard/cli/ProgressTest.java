package org.childstat.indicators.scorecard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Progress on stderr (docs/outputs.md, What the command prints; issue 13): every step says what it
 * does, in order, from the first moment (a pipe gets a line per step; a terminal one live line);
 * stdout carries the summary and no timings; a run that sets rows aside says on stderr which codes,
 * how many and where.
 */
class ProgressTest {
    @TempDir
    Path dir;

    @Test
    void run_onAPipe_oneLinePerStepInOrder_fromTheStart() throws IOException {
        CapturedChildstat cli = new CapturedChildstat();
        Path out = dir.resolve("o");
        assertEquals(0, cli.run("run", "--data", ChildstatTest.WORKED.toString(), "--out", out.toString(), "--periods",
                "FFY2024,FFY2025"), cli.err());
        List<String> lines = cli.err().lines().toList();
        // today: nothing on stderr at all (17 s of silence at 250,000 children)
        assertEquals("childstat: reading " + ChildstatTest.WORKED, lines.get(0), "the first thing said");
        List<String> expected = List.of("childstat: reading ", "childstat: computing " + org.childstat.indicators.core.indicator.IndicatorId.values().length + " indicators x 2 periods",
                "childstat: comparing entities", "childstat: charting 24 months", "childstat: drawing cases for review",
                "childstat: writing results.csv", "childstat: writing indicators.csv", "childstat: writing variation.csv",
                "childstat: writing scorecard.html", "childstat: writing run.json");
        int at = 0;
        for (String e : expected) {
            while (at < lines.size() && !lines.get(at).startsWith(e)) {
                at++;
            }
            assertTrue(at < lines.size(), "'" + e + "' in order in:\n" + cli.err());
        }
        assertFalse(cli.err().contains("\r"), "no live line on a pipe");
        // stdout: the summary, not the steps' timings
        assertFalse(cli.out().contains("variation:") || cli.out().contains("cases for review"), cli.out());
        assertTrue(cli.out().contains("county, FFY2025:"), cli.out());
        // the timings are in run.json
        Map<String, Object> json = StrictJson.object(Files.readString(out.resolve("run.json")));
        @SuppressWarnings("unchecked")
        Map<String, Object> ms = (Map<String, Object>) json.get("timings_ms");
        assertEquals(java.util.Set.of("read", "compute", "variation", "trends", "cases", "write"), ms.keySet());
    }

    @Test
    void demo_saysItGeneratesAndWritesTheCountyFirst() {
        CapturedChildstat cli = new CapturedChildstat();
        int code = cli.run("demo", "--children", "300", "--out", dir.resolve("d").toString());
        assertTrue(code == 0 || code == 1, cli.err());
        List<String> lines = cli.err().lines().toList();
        assertEquals("childstat: generating a synthetic county of 300 children", lines.get(0));
        assertEquals("childstat: writing its CSV files to " + dir.resolve("d/data"), lines.get(1));
        assertEquals("childstat: reading " + dir.resolve("d/data"), lines.get(2));
    }

    @Test
    void progress_onATerminal_oneLiveLineRewrittenInPlace_clearedAtTheEnd() throws InterruptedException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        List<String> seen = new ArrayList<>();
        try (Progress p = new Progress(err, true, seen::add)) {
            p.step("read", "reading somewhere");
            p.step("compute", "computing 26 indicators x 24 periods");
            Thread.sleep(2_500); // the ticker redraws every second
        }
        String text = bytes.toString(StandardCharsets.UTF_8);
        assertFalse(text.contains("\n"), "one line, never a new one: " + text);
        assertTrue(text.startsWith("\rchildstat: reading somewhere\rchildstat: computing 26 indicators x 24 periods"),
                text);
        assertTrue(Pattern.compile("\rchildstat: computing 26 indicators x 24 periods \\([12] s\\)").matcher(text).find(),
                "the seconds so far: " + text);
        assertTrue(text.endsWith("\r"), "cleared: " + text);
        assertEquals(List.of("reading somewhere", "computing 26 indicators x 24 periods"), seen);
    }

    @Test
    void run_rowsSetAside_topThreeCodesWithCountsAndAnExample_onStderr() throws IOException {
        Path data = dir.resolve("data");
        Files.createDirectories(data);
        try (Stream<Path> files = Files.list(ChildstatTest.WORKED)) {
            for (Path f : files.toList()) {
                Files.copy(f, data.resolve(f.getFileName()));
            }
        }
        // every episode's dates written M/D/YYYY
        Pattern iso = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
        List<String> episodes = Files.readAllLines(data.resolve("episodes.csv"));
        List<String> us = new ArrayList<>(List.of(episodes.get(0)));
        for (String line : episodes.subList(1, episodes.size())) {
            Matcher m = iso.matcher(line);
            StringBuilder s = new StringBuilder();
            while (m.find()) {
                m.appendReplacement(s, Integer.parseInt(m.group(2)) + "/" + Integer.parseInt(m.group(3)) + "/"
                        + m.group(1));
            }
            m.appendTail(s);
            us.add(s.toString());
        }
        Files.write(data.resolve("episodes.csv"), us);
        CapturedChildstat cli = new CapturedChildstat();
        Path out = dir.resolve("o");
        // today: exit 1, and the reason only in data-quality.csv
        assertEquals(1, cli.run("run", "--data", data.toString(), "--out", out.toString(), "--periods", "FFY2024"));
        String err = cli.err();
        int rows = episodes.size() - 1;
        assertTrue(err.contains("rows were set aside (" + out.resolve("data-quality.csv") + "); most often:"), err);
        Matcher bad = Pattern.compile("\n  BAD_DATE: (\\d+) rows, e\\.g\\. episodes\\.csv line 2, column (\\w+), "
                + "a value shaped '([^']*)'").matcher(err);
        assertTrue(bad.find(), err);
        assertEquals(rows, Integer.parseInt(bad.group(1)), "every episode: " + err);
        assertTrue(bad.group(3).matches("9{1,2}/9{1,2}/9999"), "the shape of M/D/YYYY, not the date: " + bad.group(3));
        long listed = err.lines().filter(l -> l.matches("  [A-Z_]+: \\d+ rows?, e\\.g\\. .*")).count();
        assertTrue(listed >= 1 && listed <= 3, "at most three codes: " + err);
        assertFalse(err.contains("/2023") || err.contains("/2024"), "no date of a child on stderr: " + err);
    }
}
