package org.childstat.indicators.scorecard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.childstat.indicators.scorecard.grid.Scorecard;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What is neither a usage error nor an unreadable input (issue 13): a bug is one line and exit 4
 * (never 0 or 1, which scripts read as "done" and "rows set aside"), its stack trace only with
 * {@code CHILDSTAT_DEBUG=1}; running out of memory is one line saying how much the county needs,
 * exit 3; a write that fails gives the system's reason, exit 3. The failures are injected through
 * the progress hook ({@link Environment}), at the step named; the out-of-memory case also for
 * real, in a JVM with a 64 MB heap.
 */
class UnexpectedFailuresTest {
    @TempDir
    Path dir;

    /** The command with a hook that throws {@code failure} when a step starting with {@code at} begins. */
    private static CapturedChildstat failingAt(String at, RuntimeException failure, Map<String, String> variables) {
        return new CapturedChildstat(new Environment(variables, false, step -> {
            if (step.startsWith(at)) {
                throw failure;
            }
        }, Scorecard.NATIONAL_PERFORMANCE));
    }

    private static CapturedChildstat failingAt(String at, Error failure) {
        return new CapturedChildstat(new Environment(Map.of(), false, step -> {
            if (step.startsWith(at)) {
                throw failure;
            }
        }, Scorecard.NATIONAL_PERFORMANCE));
    }

    /** stderr without the progress lines. */
    private static List<String> errors(CapturedChildstat cli) {
        return cli.err().lines().filter(l -> !l.matches("childstat: (reading|computing|comparing|charting|drawing"
                + "|writing|generating) .*")).toList();
    }

    private String[] run(Path out) {
        return new String[] {"run", "--data", ChildstatTest.WORKED.toString(), "--out", out.toString(), "--periods",
                "FFY2024"};
    }

    @Test
    void bug_oneLineExit4_namesTheStepTheClassAndTheMessage_noStackTrace() {
        CapturedChildstat cli = failingAt("comparing entities", new IllegalStateException("boom\nsecond line"), Map.of());
        assertEquals(4, cli.run(run(dir.resolve("o"))));
        List<String> lines = errors(cli);
        assertEquals(List.of("childstat run: internal error while comparing entities (funnels of every level): "
                + "java.lang.IllegalStateException: boom second line (this is a bug, please report it; "
                + "CHILDSTAT_DEBUG=1 prints the stack trace)"), lines);
        assertFalse(cli.err().contains("\tat "));
        assertFalse(Files.exists(dir.resolve("o/run.json")), "not a finished run");
    }

    @Test
    void bug_withChildstatDebug_printsTheStackTraceToo() {
        CapturedChildstat cli = failingAt("comparing entities", new IllegalStateException("boom"),
                Map.of("CHILDSTAT_DEBUG", "1"));
        assertEquals(4, cli.run(run(dir.resolve("o"))));
        assertTrue(cli.err().contains("internal error while comparing entities"), cli.err());
        assertTrue(cli.err().contains("\tat org.childstat.indicators.scorecard.cli."), cli.err());
    }

    @Test
    void bugThatIsAnError_stackOverflow_exit4() {
        CapturedChildstat cli = failingAt("charting", new StackOverflowError());
        assertEquals(4, cli.run(run(dir.resolve("o"))));
        assertEquals(1, errors(cli).size(), cli.err());
        assertTrue(errors(cli).get(0).contains("internal error while charting 24 months"), cli.err());
    }

    @Test
    void help_listsExitCode4() {
        CapturedChildstat cli = new CapturedChildstat();
        assertEquals(0, cli.run("--help"));
        assertTrue(cli.out().contains("4   internal error"), cli.out());
        assertTrue(cli.out().contains("CHILDSTAT_DEBUG=1"), cli.out());
    }

    @Test
    void outOfMemoryInRun_exit3OneLineWithTheMemoryTheCountyNeeds() throws IOException {
        CapturedChildstat cli = failingAt("computing", new OutOfMemoryError("Java heap space"));
        assertEquals(3, cli.run(run(dir.resolve("o"))));
        List<String> lines = errors(cli);
        assertEquals(1, lines.size(), cli.err());
        // the worked example's children x 3,221 bytes, and at least 1 GB asked for
        int children = Rfc4180.rows(ChildstatTest.WORKED.resolve("children.csv")).size();
        assertTrue(lines.get(0).startsWith("childstat run: out of memory (a Java heap of "), lines.get(0));
        assertTrue(lines.get(0).contains("a county of " + children + " children needs about 0.00 GB (3,221 bytes per "
                + "child); run java -Xmx1g -jar "), lines.get(0));
        assertTrue(lines.get(0).endsWith(" run ..."), lines.get(0));
    }

    @Test
    void outOfMemoryInDemo_namesTheCountysSize() {
        CapturedChildstat cli = failingAt("generating", new OutOfMemoryError("Java heap space"));
        assertEquals(3, cli.run("demo", "--children", "1000000", "--out", dir.resolve("d").toString()));
        assertTrue(cli.err().contains("a county of 1,000,000 children needs about 3.00 GB (3,221 bytes per child); "
                + "run java -Xmx5g -jar "), cli.err());
        assertTrue(cli.err().contains(" demo ..."), cli.err());
    }

    @Test
    void writeFailure_theSystemsReason_exit3_noRunJson() {
        CapturedChildstat cli = failingAt("writing scorecard.html",
                new UncheckedIOException(new IOException("No space left on device")), Map.of());
        Path out = dir.resolve("o");
        assertEquals(3, cli.run(run(out)));
        List<String> lines = errors(cli);
        assertEquals(List.of("childstat run: cannot write " + out.resolve("scorecard.html")
                + ": No space left on device"), lines);
        assertFalse(Files.exists(out.resolve("run.json")));
        assertFalse(Files.exists(out.resolve("results.csv")), "nothing published: the outputs are staged until the end");
    }

    @Test
    void outOfMemory_forReal_inA64MegabyteHeap_oneLineExit3() throws Exception {
        Path data = dir.resolve("county");
        CapturedChildstat synth = new CapturedChildstat();
        assertEquals(0, synth.run("synth", "--out", data.toString(), "--children", "60000"), synth.err());
        File err = dir.resolve("err.txt").toFile();
        Process p = ChildstatProcess.start(List.of("-Xmx64m"), Childstat.class, err, "run", "--data", data.toString(),
                "--out", dir.resolve("o").toString());
        p.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "ends");
        String text = Files.readString(err.toPath());
        assertEquals(3, p.exitValue(), text);
        List<String> lines = text.lines().filter(l -> !l.matches("childstat: (reading|computing|comparing|charting"
                + "|drawing|writing) .*")).toList();
        assertEquals(1, lines.size(), text);
        assertTrue(lines.get(0).startsWith("childstat run: out of memory (a Java heap of "), text);
        int children = Rfc4180.rows(data.resolve("children.csv")).size();
        assertTrue(lines.get(0).contains(String.format(java.util.Locale.ROOT, "%,d children", children))
                && lines.get(0).contains("bytes per child")
                && lines.get(0).contains("-Xmx1g"), text);
        assertFalse(text.contains("\tat ") || text.contains("Exception in thread"), text);
    }
}
