package org.childstat.indicators.scorecard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An output that cannot be written: exit 3 and one line {@code cannot write FILE: REASON}, the
 * reason as the system gives it, and nothing half written beside it (issue 13).
 */
class WriteFailuresTest {
    @TempDir
    Path dir;

    private final CapturedChildstat cli = new CapturedChildstat();

    private Path tallies() throws IOException {
        return Files.writeString(dir.resolve("t.csv"), "entity_id,numerator,denominator\nA,3,10\nB,4,20\n");
    }

    /** The one line of stderr that is not progress. */
    private String errorLine() {
        List<String> lines = cli.err().lines().filter(l -> !l.startsWith("childstat: reading ")
                && !l.startsWith("childstat: computing ") && !l.startsWith("childstat: comparing ")
                && !l.startsWith("childstat: charting ") && !l.startsWith("childstat: drawing ")
                && !l.startsWith("childstat: writing ")).toList();
        assertEquals(1, lines.size(), cli.err());
        assertFalse(cli.err().contains("\tat "), cli.err());
        return lines.get(0);
    }

    @Test
    void funnel_outputsHaveTheUsersPermissions_notATemporaryFilesOwnerOnlyOnes() throws IOException {
        Path o = dir.resolve("o.csv"), svg = dir.resolve("o.svg");
        assertEquals(0, cli.run("funnel", "--input", tallies().toString(), "--out", o.toString(), "--plot",
                svg.toString()), cli.err());
        Set<PosixFilePermission> expected = Files.getPosixFilePermissions(Files.createFile(dir.resolve("mine")));
        for (Path f : List.of(o, dir.resolve("o.json"), svg)) {
            assertEquals(expected, Files.getPosixFilePermissions(f), f.toString());
        }
    }

    @Test
    void funnel_outNamingAFolder_exit3NamingTheFileAndWhy() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("results"));
        assertEquals(3, cli.run("funnel", "--input", tallies().toString(), "--out", folder.toString()));
        assertEquals("childstat funnel: cannot write " + folder + ": it is a folder", errorLine());
    }

    @Test
    void funnel_summaryBesideItIsAFolder_exit3AndNoCsvWithoutItsSummary() throws IOException {
        Files.createDirectories(dir.resolve("o.json"));
        Path o = dir.resolve("o.csv");
        assertEquals(3, cli.run("funnel", "--input", tallies().toString(), "--out", o.toString()));
        assertEquals("childstat funnel: cannot write " + dir.resolve("o.json") + ": it is a folder", errorLine());
        assertFalse(Files.exists(o), "no CSV without its summary");
    }

    @Test
    void chart_outOrPlotNamingAFolder_exit3() throws IOException {
        Path s = Files.writeString(dir.resolve("s.csv"), "period,value\nm1,5\nm2,6\nm3,4\n");
        Path folder = Files.createDirectories(dir.resolve("chart"));
        assertEquals(3, cli.run("chart", "--input", s.toString(), "--out", folder.toString(), "--type", "i"));
        assertEquals("childstat chart: cannot write " + folder + ": it is a folder", errorLine());
        CapturedChildstat plot = new CapturedChildstat();
        assertEquals(3, plot.run("chart", "--input", s.toString(), "--out", dir.resolve("c.csv").toString(), "--type",
                "i", "--plot", folder.toString()));
        assertTrue(plot.err().contains("cannot write " + folder + ": it is a folder"), plot.err());
    }

    @Test
    void run_outBelowAFile_exit3WithTheSystemsReason() throws IOException {
        Path file = Files.writeString(dir.resolve("afile"), "x");
        Path out = file.resolve("out");
        assertEquals(3, cli.run("run", "--data", ChildstatTest.WORKED.toString(), "--out", out.toString(), "--periods",
                "FFY2024"));
        String line = errorLine();
        // today: "childstat: cannot write .../afile/out", no reason
        assertTrue(line.startsWith("childstat run: cannot write " + out + ": "), line);
        assertTrue(line.length() > ("childstat run: cannot write " + out + ": ").length(), "a reason: " + line);
    }

    @Test
    void run_anOutputNameTakenByAFolder_exit3NamingIt_andNoRunJson() throws IOException {
        Path out = dir.resolve("out");
        Files.createDirectories(out.resolve("trends.csv"));
        assertEquals(3, cli.run("run", "--data", ChildstatTest.WORKED.toString(), "--out", out.toString(), "--periods",
                "FFY2024"));
        assertTrue(errorLine().contains("cannot write " + out.resolve("trends.csv") + ": "), cli.err());
        assertFalse(Files.exists(out.resolve("run.json")), "a run that did not finish has no run.json");
    }
}
