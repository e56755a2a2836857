package org.childstat.indicators.scorecard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Atomic outputs (docs/outputs.md, What every CSV file has in common; issue 13): a run killed with
 * {@code kill -9} while it writes never leaves a complete-looking folder (no run.json, no partly
 * written file under an output's name), and two runs into one {@code --out} never interleave: the
 * second exits 2. The runs to kill are in processes of their own ({@link ChildstatProcess}),
 * stopped by the progress hook at the step named, so that the kill lands while outputs are being
 * written, every time.
 */
class AtomicOutputTest {
    static final List<String> OUTPUTS = List.of("results.csv", "exclusions.csv", "indicators.csv", "entities.csv",
            "data-quality.csv", "variation.csv", "trends.csv", "scorecard.html", "run.json");

    @TempDir
    Path dir;

    private String[] run(Path data, Path out) {
        return run(data, out, "FFY2025");
    }

    private String[] run(Path data, Path out, String periods) {
        return new String[] {"run", "--data", data.toString(), "--out", out.toString(), "--periods", periods};
    }

    /** A synthetic county of 3,000 children. */
    private Path county() {
        Path data = dir.resolve("data");
        CapturedChildstat synth = new CapturedChildstat();
        assertEquals(0, synth.run("synth", "--out", data.toString(), "--children", "3000"), synth.err());
        return data;
    }

    /** Starts a run into {@code out} in another process and waits until it is at the step {@code pauseAt}. */
    private Process startPaused(Path data, Path out, String pauseAt) throws IOException {
        return startPaused(run(data, out), pauseAt);
    }

    /** Starts {@code childstat args} in another process and waits until it is at the step {@code pauseAt}. */
    private Process startPaused(String[] args, String pauseAt) throws IOException {
        File err = dir.resolve("err-" + System.nanoTime() + ".txt").toFile();
        String[] all = new String[args.length + 1];
        all[0] = pauseAt;
        System.arraycopy(args, 0, all, 1, args.length);
        Process p = ChildstatProcess.start(List.of("-Xmx512m"), ChildstatProcess.class, err, all);
        if (!ChildstatProcess.awaitLine(p, ChildstatProcess.PAUSED)) {
            throw new AssertionError("the run ended before " + pauseAt + ": " + Files.readString(err.toPath()));
        }
        return p;
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void killedWhileWriting_intoAFinishedRunsFolder_leavesNoRunJson_andEveryOutputWhole() throws Exception {
        Path data = county();
        Path out = dir.resolve("out");
        CapturedChildstat first = new CapturedChildstat();
        int code = first.run(run(data, out));
        assertTrue(code == 0 || code == 1, first.err());
        Map<String, byte[]> before = new java.util.HashMap<>();
        for (String name : OUTPUTS) {
            before.put(name, Files.readAllBytes(out.resolve(name)));
        }
        // today: killed in the middle, a truncated new results.csv beside the old run.json
        for (String step : List.of("writing results.csv", "writing variation.csv", "writing scorecard.html",
                "writing run.json")) {
            // other periods than the finished run's: a file written in place would differ
            Process p = startPaused(run(data, out, "FFY2024,FFY2025"), step);
            ChildstatProcess.kill(p);
            assertFalse(Files.exists(out.resolve("run.json")), "killed at '" + step + "': the folder says unfinished");
            for (String name : OUTPUTS.subList(0, OUTPUTS.size() - 1)) {
                // nothing of the killed run is in place yet: each output is the finished run's, whole
                assertTrue(java.util.Arrays.equals(before.get(name), Files.readAllBytes(out.resolve(name))),
                        name + " after a kill at '" + step + "'");
            }
            for (String name : names(out)) {
                assertTrue(OUTPUTS.contains(name) || name.startsWith("."), "only outputs and hidden files: " + name);
            }
        }
        // the next run cleans up after the killed ones and finishes
        CapturedChildstat again = new CapturedChildstat();
        code = again.run(run(data, out));
        assertTrue(code == 0 || code == 1, again.err());
        assertTrue(Files.exists(out.resolve("run.json")));
        assertEquals(List.of(OutputFolder.LOCK), names(out).stream().filter(n -> n.startsWith(".")).toList(),
                "no staging folder left");
        StrictJson.object(Files.readString(out.resolve("run.json")));
    }

    @Test
    void twoRunsIntoOneOut_theSecondExits2_andTheFirstIsNotDisturbed() throws Exception {
        Path data = county();
        Path out = dir.resolve("out");
        Process first = startPaused(data, out, "computing");
        try {
            // today: both exit normally and results.csv holds rows of both plus a broken row
            CapturedChildstat second = new CapturedChildstat();
            assertEquals(2, second.run(run(data, out)));
            assertEquals("childstat run: --out " + out + " is in use by another childstat run",
                    second.err().lines().filter(l -> !l.startsWith("childstat: ")).findFirst().orElse(""), second.err());
            CapturedChildstat demo = new CapturedChildstat();
            assertEquals(2, demo.run("demo", "--children", "100", "--out", out.toString()));
            assertFalse(Files.exists(out.resolve("data")), "the demo refused before writing its data");
        } finally {
            ChildstatProcess.kill(first);
        }
        // the lock goes with the process that held it
        CapturedChildstat third = new CapturedChildstat();
        int code = third.run(run(data, out));
        assertTrue(code == 0 || code == 1, third.err());
    }

    @Test
    void twoRunsInOneJvm_theSecondExits2() throws Exception {
        Path data = county();
        Path out = dir.resolve("out");
        java.util.concurrent.CountDownLatch paused = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
        CapturedChildstat first = new CapturedChildstat(new Environment(Map.of(), false, step -> {
            if (step.startsWith("computing")) {
                paused.countDown();
                try {
                    go.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }, org.childstat.indicators.scorecard.grid.Scorecard.NATIONAL_PERFORMANCE));
        int[] firstCode = new int[1];
        Thread t = new Thread(() -> firstCode[0] = first.run(run(data, out)));
        t.start();
        assertTrue(paused.await(60, TimeUnit.SECONDS));
        CapturedChildstat second = new CapturedChildstat();
        assertEquals(2, second.run(run(data, out)));
        assertTrue(second.err().contains("is in use by another childstat run"), second.err());
        go.countDown();
        t.join(120_000);
        assertTrue(firstCode[0] == 0 || firstCode[0] == 1, first.err());
        assertTrue(Files.exists(out.resolve("run.json")));
    }

    @Test
    void aRunStarting_deletesTheOldRunJsonFirst() throws Exception {
        Path out = dir.resolve("out");
        CapturedChildstat first = new CapturedChildstat();
        assertEquals(0, first.run("run", "--data", ChildstatTest.WORKED.toString(), "--out", out.toString(),
                "--periods", "FFY2024"), first.err());
        boolean[] runJsonWhileReading = new boolean[1];
        CapturedChildstat second = new CapturedChildstat(new Environment(Map.of(), false, step -> {
            if (step.startsWith("reading")) {
                runJsonWhileReading[0] = Files.exists(out.resolve("run.json"));
            }
        }, org.childstat.indicators.scorecard.grid.Scorecard.NATIONAL_PERFORMANCE));
        assertEquals(0, second.run("run", "--data", ChildstatTest.WORKED.toString(), "--out", out.toString(),
                "--periods", "FFY2024"), second.err());
        assertFalse(runJsonWhileReading[0], "run.json is gone while the run reads");
        assertTrue(Files.exists(out.resolve("run.json")), "and back, last, when it finished");
    }
}
