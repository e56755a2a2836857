package org.childstat.indicators.scorecard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.AbstractMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.childstat.indicators.core.indicator.Indicator;
import org.childstat.indicators.core.indicator.IndicatorId;
import org.childstat.indicators.scorecard.grid.Scorecard;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A scorecard cell that fails (issue 13: the grid's catch-all turned any bug into a "!" cell
 * while the command exited 0) is a failure on the page, on stderr and in the exit code, 4. The
 * failure is a standards map that throws for one indicator, as a bug in a cell would.
 */
class ScorecardFailuresTest {
    @TempDir
    Path dir;

    /** The national performance, except that asking for CFSR4_P1's standard throws. */
    static final Map<Indicator, Double> BROKEN = new AbstractMap<>() {
        @Override
        public Double get(Object key) {
            if (key == IndicatorId.CFSR4_P1) {
                throw new IllegalStateException("no standard for you");
            }
            return Scorecard.NATIONAL_PERFORMANCE.get(key);
        }

        @Override
        public Set<Entry<Indicator, Double>> entrySet() {
            return Scorecard.NATIONAL_PERFORMANCE.entrySet();
        }
    };

    @Test
    void run_aFailedCell_isNamedOnStderr_shownOnThePage_exit4() throws Exception {
        CapturedChildstat cli = new CapturedChildstat(new Environment(Map.of(), false, Progress.Hook.NONE, BROKEN));
        Path out = dir.resolve("o");
        assertEquals(4, cli.run("run", "--data", ChildstatTest.WORKED.toString(), "--out", out.toString(), "--periods",
                "FFY2024"));
        List<String> lines = cli.err().lines().filter(l -> !l.startsWith("childstat: ")).toList();
        assertTrue(lines.get(0).matches("childstat run: \\d+ scorecard cells failed \\(shown as ! in scorecard.html\\); "
                + "this is a bug, please report it:"), cli.err());
        assertTrue(lines.contains("  COUNTY:COUNTY CFSR4_P1: IllegalStateException: no standard for you"), cli.err());
        assertTrue(lines.size() <= 1 + Jobs.FAILURES_SHOWN + 1, "a few named, the rest counted: " + cli.err());
        assertTrue(Files.readString(out.resolve("scorecard.html")).contains("no standard for you"), "the page says why");
        assertTrue(Files.exists(out.resolve("run.json")), "the run finished, with a failure");
    }

    @Test
    void scorecard_failures_listsEveryFailedCell() throws Exception {
        CapturedChildstat cli = new CapturedChildstat();
        Path out = dir.resolve("o");
        assertEquals(0, cli.run("run", "--data", ChildstatTest.WORKED.toString(), "--out", out.toString(), "--periods",
                "FFY2024"), cli.err());
        var data = org.childstat.indicators.core.io.CaseDataReader.read(ChildstatTest.WORKED);
        var period = org.childstat.indicators.core.indicator.ReportingPeriod.parse("FFY2024");
        var results = org.childstat.indicators.cohort.Indicators.compute(data, List.of(period),
                org.childstat.indicators.cohort.CalculationOptions.defaults()).results();
        var variation = org.childstat.indicators.scorecard.grid.VariationTable.of(results);
        var entities = org.childstat.indicators.scorecard.grid.EntityTable.from(data);
        Scorecard fine = Scorecard.of(results, variation, period, entities, Scorecard.NATIONAL_PERFORMANCE);
        assertEquals(List.of(), fine.failures());
        Scorecard broken = Scorecard.of(results, variation, period, entities, BROKEN);
        long failedCells = broken.rows().stream().flatMap(r -> r.cells().stream())
                .filter(c -> c.state() == Scorecard.State.FAILED).count();
        assertEquals(broken.rows().size(), failedCells, "one column fails in every row");
        assertEquals(failedCells, broken.failures().size());
        assertTrue(broken.failures().stream().allMatch(f -> f.indicator() == IndicatorId.CFSR4_P1
                && f.reason().equals("IllegalStateException: no standard for you")), broken.failures().toString());
        assertEquals(broken.rows().get(0).entityId(), broken.failures().get(0).entityId(), "in grid order");
    }
}
