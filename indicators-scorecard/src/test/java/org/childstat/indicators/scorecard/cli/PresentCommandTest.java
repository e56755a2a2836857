package org.childstat.indicators.scorecard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code childstat present} on the hand-worked in-home county (indicators-cohort's
 * in-home-example): the page and its JSON, each record of the case's children on the timeline
 * (counted from the CSV files here, not by the code under test), the update's new entries, and
 * the guard rails (exit 2, one line naming the argument; exit 3 for an output that cannot be written).
 */
class PresentCommandTest {
    static final Path IN_HOME = Path.of("../indicators-cohort/src/test/resources/in-home-example");

    @TempDir
    Path dir;

    private final CapturedChildstat cli = new CapturedChildstat();

    @Test
    void aCasesPacketHoldsEveryRecordOfItsChildren() throws Exception {
        Map<String, Set<String>> cases = new java.util.LinkedHashMap<>();
        for (Map<String, String> r : Rfc4180.rows(IN_HOME.resolve("in_home_cases.csv"))) {
            cases.computeIfAbsent(r.get("case_id"), k -> new HashSet<>()).add(r.get("child_id"));
        }
        long[] total = new long[3];
        for (Map.Entry<String, Set<String>> c : cases.entrySet()) {
            CapturedChildstat run = new CapturedChildstat();
            Path page = dir.resolve(c.getKey() + ".html");
            assertEquals(0, run.run("present", "--data", IN_HOME.toString(), "--case", c.getKey(), "--out",
                    page.toString()), run.err());
            assertTrue(run.out().contains("wrote " + page + " and " + dir.resolve(c.getKey() + ".json")), run.out());
            assertTrue(Files.readString(page).contains("For internal case review only"));
            Map<String, Object> json = StrictJson.object(Files.readString(dir.resolve(c.getKey() + ".json")));
            assertEquals("CASE", json.get("subject"));
            assertEquals("2025-12-31", json.get("as_of"));
            Set<String> children = c.getValue();
            assertEquals(children.size(), ((List<?>) json.get("family")).size(), c.getKey());
            List<?> timeline = (List<?>) json.get("timeline");
            long reports = rowsOf("reports.csv", children), removals = rowsOf("episodes.csv", children);
            assertEquals(reports, kind(timeline, "REPORT"), c.getKey());
            assertEquals(removals, kind(timeline, "REMOVAL"), c.getKey());
            Set<String> episodes = new HashSet<>();
            for (Map<String, String> r : Rfc4180.rows(IN_HOME.resolve("episodes.csv"))) {
                if (children.contains(r.get("child_id"))) {
                    episodes.add(r.get("episode_id"));
                }
            }
            long placements = Rfc4180.rows(IN_HOME.resolve("placements.csv")).stream()
                    .filter(r -> episodes.contains(r.get("episode_id"))).count();
            assertEquals(placements, kind(timeline, "PLACEMENT"), c.getKey());
            assertEquals(rowsOf("assignments.csv", children), kind(timeline, "ASSIGNMENT"), c.getKey());
            assertTrue(timeline.stream().noneMatch(e -> Boolean.TRUE.equals(((Map<?, ?>) e).get("new"))));
            total[0] += reports;
            total[1] += removals;
            total[2] += placements;
        }
        assertTrue(total[0] > 10 && total[1] > 5 && total[2] > 5, "a county with records: " + java.util.Arrays
                .toString(total));
    }

    @Test
    void anUpdateMarksTheEntriesAfterItsDate() throws Exception {
        Path page = dir.resolve("u.html");
        assertEquals(0, cli.run("present", "--data", IN_HOME.toString(), "--case", "H02", "--out", page.toString(),
                "--since", "2025-06-30"), cli.err());
        Map<String, Object> json = StrictJson.object(Files.readString(dir.resolve("u.json")));
        assertEquals("2025-06-30", json.get("since"));
        int fresh = 0;
        for (Object o : (List<?>) json.get("timeline")) {
            Map<?, ?> e = (Map<?, ?>) o;
            boolean after = ((String) e.get("date")).compareTo("2025-06-30") > 0;
            assertEquals(after, e.get("new"), e.toString());
            fresh += after ? 1 : 0;
        }
        assertTrue(fresh > 0, "something happened after 2025-06-30");
        assertTrue(Files.readString(page).contains("As known on 2025-06-30"));
    }

    @Test
    void aChildsPacket() throws Exception {
        assertEquals(0, cli.run("present", "--data", ChildstatTest.WORKED.toString(), "--child", "C01", "--out",
                dir.resolve("c.html").toString()), cli.err());
        assertEquals("CHILD", StrictJson.object(Files.readString(dir.resolve("c.json"))).get("subject"));
    }

    @Test
    void guardRails() {
        String data = IN_HOME.toString(), out = dir.resolve("p.html").toString();
        assertUsage("--case", "--data", data, "--out", out); // neither
        assertUsage("--case", "--data", data, "--case", "H01", "--child", "C01", "--out", out); // both
        assertUsage("no in-home case H0 ", "--data", data, "--case", "H0", "--out", out);
        assertTrue(errorLine().contains("nearest ids: H01"), errorLine());
        assertUsage("no child C99", "--data", data, "--child", "C99", "--out", out);
        assertUsage("has no in_home_cases.csv", "--data", ChildstatTest.WORKED.toString(), "--case", "H01", "--out",
                out);
        assertUsage("--out", "--data", data, "--case", "H01", "--out", dir.resolve("p.txt").toString());
        assertUsage("--since 2025-12-31 is not before the as-of date 2025-12-31", "--data", data, "--case", "H01",
                "--out", out, "--since", "2025-12-31");
        assertUsage("--as-of", "--data", data, "--case", "H01", "--out", out, "--as-of", "2026-01-01");
        assertFalse(Files.exists(dir.resolve("p.html")), "nothing written");
    }

    @Test
    void anOutputThatCannotBeWritten_exit3() throws Exception {
        Path out = Files.writeString(dir.resolve("a-file"), "x").resolve("p.html"); // its folder is a file
        assertEquals(3, cli.run("present", "--data", IN_HOME.toString(), "--case", "H01", "--out", out.toString()));
        assertTrue(errorLine().startsWith("childstat present: cannot write " + out), errorLine());
    }

    @Test
    void theOutputsHaveTheUsersPermissions_andTheirFolderIsMade() throws Exception {
        Path out = dir.resolve("new-folder").resolve("p.html");
        assertEquals(0, cli.run("present", "--data", IN_HOME.toString(), "--case", "H01", "--out", out.toString()),
                cli.err());
        Path made = Files.createFile(dir.resolve("made-by-the-user")); // the umask's permissions
        Set<PosixFilePermission> expected = Files.getPosixFilePermissions(made);
        assertEquals(expected, Files.getPosixFilePermissions(out), "not owner-only as a temporary file is");
        assertEquals(expected, Files.getPosixFilePermissions(out.resolveSibling("p.json")));
        try (Stream<Path> left = Files.list(out.getParent())) {
            assertEquals(List.of("p.html", "p.json"), left.map(f -> f.getFileName().toString()).sorted().toList(),
                    "no partial file left beside them");
        }
    }

    private void assertUsage(String says, String... args) {
        CapturedChildstat c = new CapturedChildstat();
        String[] line = new String[args.length + 1];
        line[0] = "present";
        System.arraycopy(args, 0, line, 1, args.length);
        assertEquals(2, c.run(line), c.err());
        last = c;
        assertTrue(errorLine().contains(says), "says " + says + ": " + errorLine());
        assertFalse(c.err().contains("\tat ") || c.err().contains("Exception"), c.err());
    }

    private CapturedChildstat last;

    /** The one line of stderr that is not progress. */
    private String errorLine() {
        CapturedChildstat c = last == null ? cli : last;
        List<String> lines = c.err().lines().filter(l -> !l.startsWith("childstat: reading ") && !l.isBlank())
                .toList();
        assertEquals(1, lines.size(), c.err());
        return lines.get(0);
    }

    private static long rowsOf(String file, Set<String> children) throws Exception {
        return Rfc4180.rows(IN_HOME.resolve(file)).stream().filter(r -> children.contains(r.get("child_id"))).count();
    }

    private static long kind(List<?> timeline, String kind) {
        return timeline.stream().filter(e -> kind.equals(((Map<?, ?>) e).get("kind"))).count();
    }
}
